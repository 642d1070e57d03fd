package org.pubstats.job;

/**
 * How many of an inbox's active files a run may withdraw without being told to ({@code --allow-withdraw}):
 * more than {@code share} of them, and at least {@code minFiles}, looks like a wrong or half-copied inbox, not
 * like departments taking files back.
 */
public record WithdrawalLimit(double share, int minFiles) {

    public boolean exceededBy(IntakePlan plan) {
        int withdrawn = plan.toWithdraw().size();
        return withdrawn >= minFiles && withdrawn > share * plan.activeBefore();
    }
}
