/**
 * The figures of a year (design.md §6): the county row of the annual report
 * ({@link org.pubstats.figures.CountyFigures}, computed and read by
 * {@link org.pubstats.figures.CountyFiguresRepository}) and the breakdowns per department, month, channel
 * and category ({@link org.pubstats.figures.BreakdownFigures}), and Table 三 from the request logs
 * ({@link org.pubstats.figures.RequestFigures}), for the run's year.
 * The split into 政府网站 and 通过其他方式公开 is defined once, in {@link org.pubstats.figures.ChannelSplit}.
 *
 * <p>Public surface: {@code CountyFigures} and {@code CountyFiguresRepository} (read by {@code report} and
 * {@code ops}; {@code CountyFiguresRepository.between} gives the row of any stretch of days, for a period's
 * report), {@code FiguresTasklet}, {@code BreakdownFigures}, {@code RequestFigures} and {@code ChannelSplit} (wired by {@code job};
 * {@code BreakdownFigures.DEPARTMENTS}, the list of departments, also read by {@code report}).
 *
 * <p>Database: writes {@code county_figures}, {@code department_figures}, {@code month_figures},
 * {@code channel_figures}, {@code category_figures} and {@code request_figures}; reads {@code item}, {@code item_member},
 * {@code source_file} and the views {@code active_item_row}, {@code active_request_row},
 * {@code active_rejected_row}, {@code counted_request} and {@code request_case}.
 *
 * <p>Depends on no other pubstats package: what dedup decided reaches it through the {@code item} table.
 */
package org.pubstats.figures;
