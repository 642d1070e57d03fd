/**
 * The file formats (design.md §2.2): {@code .csv}/{@code .txt} (encoding and separator detection, strict
 * decoding), {@code .xlsx} (a streaming reader of the sheet XML, no DOM) and {@code .xls} (Apache POI),
 * each turning a file into sheets of {@link org.pubstats.intake.RawRow}s behind the
 * {@link org.pubstats.intake.TableFormat} contract. Size limits against zip bombs and oversized parts
 * ({@code XlsxLimits}, {@code PoiLimits}) and the reasons a whole file is rejected
 * ({@link org.pubstats.intake.format.FileProblem}, design.md §4) live here.
 *
 * <p>Public surface: {@link org.pubstats.intake.format.TableFormats} (the registry of the formats, wired by
 * {@code job}) and {@code FileProblem} (its codes, also used by {@code warehouse}).
 *
 * <p>Database: none; it reads the bytes of the inbox file it is given.
 *
 * <p>Depends on {@code intake} only (the contract it implements).
 */
package org.pubstats.intake.format;
