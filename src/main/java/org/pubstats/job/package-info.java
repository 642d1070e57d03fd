/**
 * The Spring Batch job {@code run} and its wiring ({@link org.pubstats.job.RunJobConfiguration}): plan
 * (list the inbox, register new and changed files, withdraw gone ones; {@link org.pubstats.job.PlanIntakeTasklet}),
 * load (partitioned over files), then, unless the run's fingerprint shows nothing changed
 * ({@link org.pubstats.job.RunFingerprint}, {@link org.pubstats.job.UnchangedInboxDecider}), dedup, review,
 * figures and export ({@link org.pubstats.job.ExportTasklet}). Also the {@code pubstats.*} settings
 * ({@link org.pubstats.job.PubstatsSettings}), which say where {@code jobs/} is, and the step timing and
 * progress logs.
 *
 * <p>The {@code region} job ({@link org.pubstats.job.RegionJobConfiguration}, issue 13): one partition per county
 * of a region inbox ({@link org.pubstats.job.RegionPartitioner}), each the county's own {@code run} job in its
 * schema ({@link org.pubstats.job.CountyStep}), in a thread pool or, with {@code pubstats.partitions=remote}, in
 * {@code pubstats worker} processes over RabbitMQ ({@link org.pubstats.job.RemotePartitionsConfiguration}); then the
 * region's files ({@link org.pubstats.job.RegionExportTasklet}). Writes {@code region_figures}.
 *
 * <p>Public surface: {@code RunJobConfiguration} (its {@code JOB_NAME}) and {@code UnchangedInboxDecider}
 * (its context key), used by {@code ops}; {@code RegionJobConfiguration.JOB_NAME}, {@code RegionPartitioner.counties},
 * {@code RegionExportTasklet.rows} and {@code RemotePartitionsConfiguration} (its queue, {@code failStarted}) for
 * {@code ops}'s region runs; the rest is Spring configuration.
 *
 * <p>Database: writes the fingerprint columns of {@code run} ({@code RunFingerprints}); reads {@code run} and
 * {@code source_file}; Spring Batch keeps its job repository ({@code BATCH_*} tables, migration V1) in the
 * same database. Every other table is written by the package whose step runs. Files: reads every file
 * under {@code jobs/} for the fingerprint.
 *
 * <p>Depends on the stages it wires: {@code intake}, {@code intake.format}, {@code normalise},
 * {@code dedup}, {@code figures}, {@code report} and {@code warehouse}. Not on {@code ops}.
 */
package org.pubstats.job;
