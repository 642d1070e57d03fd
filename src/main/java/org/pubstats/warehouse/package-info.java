/**
 * The warehouse's write side for intake: the versions of inbox files and their accounting
 * ({@link org.pubstats.warehouse.FileRegistry}: registered, activated, replaced, withdrawn, rejected whole),
 * the bulk load of interpreted rows by PostgreSQL {@code COPY} with one savepoint per file
 * ({@link org.pubstats.warehouse.IntakeWriter}, {@code IntakeCopy}), the load step's partitions of files
 * ({@link org.pubstats.warehouse.FilePartitioner}) and the log of runs ({@link org.pubstats.warehouse.RunLog}).
 * The schema of every table and view is in the Flyway migrations ({@code src/main/resources/db/migration});
 * each package writes its own tables.
 *
 * <p>Public surface: {@code FileRegistry}, {@code IntakeWriter}, {@code FilePartitioner} (used by
 * {@code job}), {@code RunLog} (used by {@code job} and {@code ops}), and a region's county warehouses (issue 13):
 * {@code CountySchema} (the thread's county), {@code CountySchemaDataSource} (its search path on every connection)
 * and {@code CountySchemas} (a county's schema made and migrated), used by {@code job}.
 *
 * <p>Database: writes {@code run}, {@code source_file}, {@code item_row}, {@code request_row},
 * {@code form_return}, {@code form_figure} (returned department forms, design.md §2.5) and {@code rejected_row}; reads
 * {@code source_file} and {@code item_row}; {@code region_county} and the county schemas {@code county_<id>} (the same
 * migrations, without the job repository).
 *
 * <p>Depends on {@code intake} (the records and file references it stores), {@code intake.format}
 * ({@code FileProblem}) and {@code normalise} (the outcome records). Not on {@code dedup}, {@code figures}
 * or {@code report}.
 */
package org.pubstats.warehouse;
