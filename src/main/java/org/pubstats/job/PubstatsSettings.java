package org.pubstats.job;

import java.nio.file.Path;

import org.pubstats.dedup.ReviewRules;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings from application.yml ({@code pubstats.*}). {@code jobsDir} holds the files the office
 * edits: header synonyms, the channel and category dictionaries and, unless {@code overridesFile} and
 * {@code decisionsFile} say otherwise, the dedup overrides and the saved review workbook ({@code review-decisions.xlsx}). {@code loadThreads}: files read at once in the load step (default: the
 * processors, at most {@link #MAX_DEFAULT_LOAD_THREADS}, which the connection pool in application.yml allows for).
 */
@ConfigurationProperties(prefix = "pubstats")
public record PubstatsSettings(Path jobsDir, String defaultChannel, String websiteChannel, int chunkSize,
                               double reviewSimilarity, int reviewMaxDays, int reviewPairsPerItem, int reviewTokenCap,
                               int reviewCandidatesPerItem, Path overridesFile, Path decisionsFile, int loadThreads,
                               Double withdrawLimit, Integer withdrawMinFiles) {

    static final int MAX_DEFAULT_LOAD_THREADS = 16;

    public PubstatsSettings {
        jobsDir = jobsDir == null ? Path.of("jobs") : jobsDir;
        defaultChannel = defaultChannel == null ? "政府网站" : defaultChannel;
        websiteChannel = websiteChannel == null ? "政府网站" : websiteChannel;
        chunkSize = chunkSize <= 0 ? 2000 : chunkSize;
        reviewSimilarity = reviewSimilarity <= 0 ? 0.8 : reviewSimilarity;
        reviewMaxDays = reviewMaxDays < 0 ? 3 : reviewMaxDays;
        reviewPairsPerItem = reviewPairsPerItem <= 0 ? 5 : reviewPairsPerItem;
        reviewTokenCap = reviewTokenCap <= 0 ? 50 : reviewTokenCap;
        reviewCandidatesPerItem = reviewCandidatesPerItem <= 0 ? 200 : reviewCandidatesPerItem;
        overridesFile = overridesFile == null ? jobsDir.resolve("dedup-overrides.csv") : overridesFile;
        decisionsFile = decisionsFile == null ? jobsDir.resolve("review-decisions.xlsx") : decisionsFile;
        withdrawLimit = withdrawLimit == null ? 0.10 : withdrawLimit;
        withdrawMinFiles = withdrawMinFiles == null ? 5 : withdrawMinFiles;
        loadThreads = loadThreads <= 0
                ? Math.min(Runtime.getRuntime().availableProcessors(), MAX_DEFAULT_LOAD_THREADS)
                : loadThreads;
    }

    public WithdrawalLimit withdrawalLimit() {
        return new WithdrawalLimit(withdrawLimit, withdrawMinFiles);
    }

    public ReviewRules reviewRules() {
        return new ReviewRules(reviewSimilarity, reviewMaxDays, reviewPairsPerItem, reviewTokenCap, reviewCandidatesPerItem);
    }
}
