package org.pubstats.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubstats.dedup.DedupOverrides;
import org.pubstats.job.PubstatsSettings;
import org.pubstats.ops.RunCommand;
import org.pubstats.ops.RunOptions;
import org.pubstats.support.Inbox;
import org.pubstats.support.WarehouseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** 疑似重复 shows every decision the run will apply: typed (or made here) ones can be undone here, saved ones in their workbook. */
@TestPropertySource(properties = "pubstats.overrides-file=${java.io.tmpdir}/pubstats-console-review-overrides.csv")
class ReviewDecisionsTest extends WarehouseTest {

    private static final Path OVERRIDES = Path.of(System.getProperty("java.io.tmpdir"), "pubstats-console-review-overrides.csv");
    private static final String PLANTING = "关于开展春季植树造林的通知";
    private static final String PLANTING_WORK = "关于开展春季植树造林工作的通知";
    private static final LocalDate DAY = LocalDate.of(2018, 3, 5);

    @Autowired
    RunCommand runCommand;

    @Autowired
    PubstatsSettings settings;

    @TempDir
    Path temp;

    @BeforeEach
    void runWithALookAlikePair() throws Exception {
        Files.deleteIfExists(OVERRIDES);
        Inbox inbox = new Inbox(temp.resolve("inbox"));
        List<String> header = List.of("标题", "发布日期", "公开渠道");
        inbox.csv("林业局/目录.csv", List.of(header, List.of(PLANTING, DAY.toString(), "网站")));
        inbox.csv("自然资源局/目录.csv", List.of(header, List.of(PLANTING_WORK, DAY.toString(), "网站")));
        assertThat(runCommand.run(new RunOptions(inbox.root(), 2018, temp.resolve("out")))).isZero();
    }

    @Test
    void aDecisionSavedInTheWorkbookIsShownAndNotUndoneHere() {
        DedupOverrides saved = new DedupOverrides(List.of(new DedupOverrides.Decision(DedupOverrides.Verdict.MERGE,
                DedupOverrides.Side.of(PLANTING, DAY, null), DedupOverrides.Side.of(PLANTING_WORK, DAY, null))));
        ReviewDecisions review = new ReviewDecisions(jdbc, settings,
                () -> DedupOverrides.load(settings.overridesFile()).and(saved));

        ReviewDecisions.Pair pair = review.pairs(2018).get(0);
        assertThat(pair.decision()).isEqualTo("合并");
        assertThat(pair.inWorkbook()).isTrue();
        review.undo(pair);
        assertThat(review.pairs(2018).get(0).decision()).isEqualTo("合并");
    }

    @Test
    void aDecisionMadeHereIsWrittenToTheOverridesFileAndCanBeUndone() {
        ReviewDecisions review = new ReviewDecisions(jdbc, settings, () -> DedupOverrides.load(settings.overridesFile()));
        ReviewDecisions.Pair pair = review.pairs(2018).get(0);
        assertThat(pair.decision()).isNull();

        review.decide(pair, false);
        ReviewDecisions.Pair decided = review.pairs(2018).get(0);
        assertThat(decided.decision()).isEqualTo("分开");
        assertThat(decided.inWorkbook()).isFalse();
        assertThat(OVERRIDES).content().contains("分开," + PLANTING);

        review.undo(decided);
        assertThat(review.pairs(2018).get(0).decision()).isNull();
    }
}
