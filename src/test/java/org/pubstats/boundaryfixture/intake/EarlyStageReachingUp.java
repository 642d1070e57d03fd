package org.pubstats.boundaryfixture.intake;

import org.pubstats.boundaryfixture.report.LateStage;

/** An earlier stage importing a later one: what the stage-order rule must refuse ({@code org.pubstats.StageOrderTest}). */
public final class EarlyStageReachingUp {

    private EarlyStageReachingUp() {
    }

    public static String reachUp() {
        return LateStage.name();
    }
}
