package org.pubstats.figures;

/** The county row of the annual report for one year (design.md §6), plus the totals behind it. */
public record CountyFigures(int year, int website, int otherChannels, int normativeDocuments, int pilotAreas,
                            int keyAreas, int onlineSurveys, int requests, int distinctItems,
                            int policyInterpretations) {

    /** 解读率 = 政策解读 ÷ 规范性文件, as a percentage; empty when there is no 规范性文件. */
    public java.util.OptionalDouble interpretationRate() {
        return normativeDocuments == 0 ? java.util.OptionalDouble.empty()
                : java.util.OptionalDouble.of(100.0 * policyInterpretations / normativeDocuments);
    }

    /** The seven numbers in the order of the report's table. */
    public int[] reportRow() {
        return new int[] {website, otherChannels, normativeDocuments, pilotAreas, keyAreas, onlineSurveys, requests};
    }
}
