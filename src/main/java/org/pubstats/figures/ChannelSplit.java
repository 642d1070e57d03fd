package org.pubstats.figures;

/**
 * The report's two channel columns in one place: 政府网站 is an item carried by the website channel
 * ({@code pubstats.website-channel}), 通过其他方式公开 an item carried by at least one other channel (an item
 * can count in both). Rendered as SQL predicates over a {@code text[]} of canonical channels, so the county
 * row, the month breakdown and anything else that splits items by channel say the same thing.
 */
public final class ChannelSplit {

    private final String websiteLiteral;

    public ChannelSplit(String websiteChannel) {
        if (websiteChannel == null || websiteChannel.isBlank()) {
            throw new IllegalArgumentException("pubstats.website-channel is empty");
        }
        // A literal rather than a bind parameter, so the predicates can be dropped into any query;
        // standard_conforming_strings (on since PostgreSQL 9.1) makes doubling the quote enough.
        this.websiteLiteral = "'" + websiteChannel.replace("'", "''") + "'";
    }

    /** True when the channels include the website channel. */
    public String website(String channels) {
        return websiteLiteral + " = ANY (" + channels + ")";
    }

    /** True when the channels include any channel other than the website. */
    public String other(String channels) {
        return "EXISTS (SELECT 1 FROM unnest(" + channels + ") AS ch WHERE ch <> " + websiteLiteral + ")";
    }
}
