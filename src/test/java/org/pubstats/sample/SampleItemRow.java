package org.pubstats.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One data row of the inbox, before it is written: which true item it reports (or none, for a
 * row the pipeline must reject), in which department's folder, and the values it shows.
 * {@code channels} empty means the channel cell is left empty (the default 政府网站 applies);
 * null values leave their cell empty. {@code badDate}, when set, is written instead of the date.
 */
public record SampleItemRow(int id, Integer itemId, Department folder, String departmentCell, Role role,
                      String title, LocalDate date, String badDate, Set<String> channels, List<String> labels,
                      String docNo, String indexNo, String url) {

    /** Why the row is there; the merge roles say which rule of design.md §5 joins it to its item. */
    public enum Role {
        PRIMARY,
        /** re-listed elsewhere with the same title (variant) and date: rule 3 */
        SAME_TITLE_DATE,
        /** re-listed with the same index number but another title or date: rule 1 only */
        SAME_INDEX,
        /** re-listed with the same URL but another title or date: rule 2 only */
        SAME_URL,
        /** the government office's summary list: same index number and title/date, rules 1 and 3 */
        SUMMARY,
        /** chain links: B shares A's index, C shares B's URL, D shares C's title and date */
        CHAIN_B, CHAIN_C, CHAIN_D,
        /** the same row pasted twice into one file, or repeated in a later cumulative file */
        COPY,
        /** rejected by the pipeline: no title, or no usable date */
        REJECT_NO_TITLE, REJECT_BAD_DATE, REJECT_NO_DATE, REJECT_OUT_OF_RANGE;

        public boolean isReject() {
            return name().startsWith("REJECT");
        }
    }

    public boolean isReject() {
        return role.isReject();
    }
}
