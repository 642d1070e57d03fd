package org.pubstats.normalise;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.pubstats.intake.FileRef;
import org.pubstats.intake.IntakeRecord;

/** An accepted row of an item list: the original text beside the normalised keys dedup compares. */
public record ItemRow(FileRef file, String sheet, int rowNo, String department,
                      String title, String titleNorm, LocalDate publishDate,
                      Set<String> channels, Set<String> categories,
                      String rawChannel, String rawCategory,
                      List<String> unknownChannels, List<String> unknownCategories, boolean channelDefaulted,
                      String docNo, String docNoNorm, String indexNo, String indexNoNorm,
                      String url, String urlNorm) implements IntakeRecord {
}
