package org.pubstats.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One piece of information as it really is: what the county published once, however many rows
 * report it. {@code channels} are canonical channels, {@code labels} the category words as the
 * issuing unit writes them (土地, 试点 …). Index number, URL and document number may be null.
 */
public record TrueItem(int id, Department owner, String title, LocalDate date, String docNo, String indexNo,
                       String url, Set<String> channels, List<String> labels, String note) {
}
