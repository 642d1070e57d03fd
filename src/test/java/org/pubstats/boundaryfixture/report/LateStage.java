package org.pubstats.boundaryfixture.report;

/** A class of a later stage, for {@code org.pubstats.StageOrderTest}. */
public final class LateStage {

    private LateStage() {
    }

    public static String name() {
        return "report";
    }
}
