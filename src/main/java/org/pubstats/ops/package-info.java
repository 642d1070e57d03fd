/**
 * Running pubstats (design.md §8): the command line ({@link org.pubstats.ops.Launcher}: {@code run},
 * {@code report}, {@code db}, {@code help}; exit status 0, 1, 2), one run at a time per warehouse
 * ({@link org.pubstats.ops.RunCommand}, a PostgreSQL advisory lock; executions a crash left behind are
 * marked failed), and the embedded PostgreSQL 17 in {@code $PUBSTATS_HOME}
 * ({@link org.pubstats.ops.EmbeddedWarehouse}: password logins only, never run as root, a cluster either
 * whole or absent) used when no {@code SPRING_DATASOURCE_URL} is set.
 *
 * <p>Public surface: {@code Launcher} (the program's {@code main}), {@code RunCommand} with
 * {@link org.pubstats.ops.RunOptions}, {@code EmbeddedWarehouse}; nothing in the other packages uses them.
 *
 * <p>Database: creates the {@code pubstats} database on the embedded server; marks the runs and Spring
 * Batch executions a crash left behind as failed (through {@code warehouse.RunLog} and Spring Batch's
 * {@code JobRepository}); reads {@code county_figures} (through {@code figures.CountyFiguresRepository})
 * and the run summary (through {@code report.RunSummary}). Files: {@code $PUBSTATS_HOME} (lock file,
 * password, binaries, cluster, server log).
 *
 * <p>Depends on {@code job}, {@code warehouse}, {@code figures}, {@code report} and the root package
 * ({@code PubstatsApplication}). It sits on top: no other package imports it.
 */
package org.pubstats.ops;
