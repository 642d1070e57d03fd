/**
 * The sample inbox generator (test scope, not shipped; design.md §9): builds from a fixed seed the true
 * items of 呼玛县 2018 and every row reporting them ({@link org.pubstats.sample.SampleModel}), lays the rows
 * out in files the way departments send them, untidy as design.md §2.2 describes
 * ({@link org.pubstats.sample.InboxPlanner}), writes {@code sample-data/huma-2018/} byte for byte and
 * {@code sample-data/huma-2018.expected.md} beside it ({@link org.pubstats.sample.SampleInbox},
 * {@link org.pubstats.sample.ExpectedReport}). {@link org.pubstats.sample.InboxReadBack} reads the written
 * inbox back by the rules of design.md §2–§6 with code of its own, and {@code SampleInboxTest} holds both to
 * the seed's county row.
 *
 * <p>Public surface: {@code SampleInbox} ({@code main}, run by {@code ./mvnw -q test-compile exec:java};
 * {@code write}, {@code expectedReportOf}); {@code SampleTruth} and {@code ReviewListMeasure}, with which
 * {@code job.SampleReviewTruthRunTest} measures the real run's dedup and review list against the truth.
 *
 * <p>Database: none. Files: reads {@code jobs/} (header synonyms and dictionaries, for the read-back);
 * writes the inbox folder it is given and its {@code .expected.md}.
 *
 * <p>Depends on no pubstats package, on purpose: it shares no code with the pipeline it checks, so a bug in
 * either shows up as a wrong figure.
 */
package org.pubstats.sample;
