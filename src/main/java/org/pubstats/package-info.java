/**
 * pubstats: county disclosure spreadsheets in, a PostgreSQL warehouse and the annual report's tables out
 * (the rules are in {@code docs/design.md}).
 *
 * <p>This package holds only {@link org.pubstats.PubstatsApplication}, the Spring Boot configuration root:
 * its component scan finds the beans of every package below. The program starts in
 * {@code ops.Launcher}, which is the only class that refers to it.
 *
 * <p>Packages, in the direction of the data: {@code intake} (with {@code intake.format}) reads the inbox,
 * {@code normalise} turns rows into accepted, rejected or skipped ones, {@code dedup} merges them into
 * items and lists probable duplicates, {@code figures} counts, {@code report} writes the files. Beside and
 * above them: {@code warehouse} stores file versions and rows, {@code job} wires the Spring Batch job,
 * {@code ops} is the command line and the embedded database. Imports go one way: a package imports only
 * packages before it in this list (see each package's description), never one after it; {@code ops} also
 * imports this package's application class.
 *
 * <p>Database: none. Depends on no other pubstats package.
 */
package org.pubstats;
