package org.pubstats.dedup;

/**
 * The review pass's settings ({@code pubstats.review-*}).
 *
 * @param similarity        titles at least this alike are listed ({@link TitleSimilarity})
 * @param maxDays           … when published at most this many days apart
 * @param pairsPerItem      an item is listed in at most this many pairs, its most alike
 * @param tokenCap          a bigram more items of the date window carry proposes no candidates: too common in those days
 * @param candidatesPerItem at most this many earlier items are compared with one item
 */
public record ReviewRules(double similarity, int maxDays, int pairsPerItem, int tokenCap, int candidatesPerItem) {

    public ReviewRules {
        if (similarity <= 0 || similarity > 1) {
            throw new IllegalArgumentException("review-similarity must be in (0, 1]: " + similarity);
        }
        if (maxDays < 0 || pairsPerItem < 1 || tokenCap < 1 || candidatesPerItem < 1) {
            throw new IllegalArgumentException("review settings must be positive: " + maxDays + ", " + pairsPerItem
                    + ", " + tokenCap + ", " + candidatesPerItem);
        }
    }
}
