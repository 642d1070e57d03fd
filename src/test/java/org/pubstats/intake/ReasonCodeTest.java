package org.pubstats.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pubstats.intake.ReasonCode.Scope;
import org.pubstats.intake.format.FileProblem;
import org.pubstats.normalise.RejectReason;

class ReasonCodeTest {

    @Test
    void everyRowRejectionIsARowCodeWithItsLabel() {
        for (RejectReason reason : RejectReason.values()) {
            assertThat(reason.code().appliesTo(Scope.ROW)).as(reason.name()).isTrue();
            assertThat(reason.chinese()).isEqualTo(reason.code().label()).isNotBlank();
        }
    }

    @Test
    void everyFileProblemIsAFileCodeWithAnAdviceForTheOffice() {
        for (FileProblem problem : FileProblem.values()) {
            assertThat(problem.code().appliesTo(Scope.FILE)).as(problem.name()).isTrue();
            assertThat(problem.message()).isEqualTo(problem.code().advice());
        }
        assertThat(ReasonCode.TOO_LARGE.advice()).contains("拆分");
    }

    @Test
    void everySkippedEntryCarriesAnEntryCode() {
        List<SkipReason> skips = List.of(SkipReason.unsupported(), SkipReason.symlink("/etc", true),
                SkipReason.notRegularFile(), SkipReason.hiddenFile(), SkipReason.hiddenFolder(), SkipReason.officeLock(),
                SkipReason.backslashName(), SkipReason.outsideInbox(), SkipReason.undecodableName(),
                SkipReason.unreadable(new AccessDeniedException("x"), false), SkipReason.unreadable(new IOException("gone"), true));
        for (SkipReason skip : skips) {
            assertThat(skip.reason().appliesTo(Scope.ENTRY)).as(skip.code()).isTrue();
            assertThat(skip.code()).isEqualTo(skip.reason().name());
        }
        // every entry code is reachable from a factory
        assertThat(skips.stream().map(SkipReason::reason).distinct())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(ReasonCode.values()).filter(c -> c.appliesTo(Scope.ENTRY)).toList());
    }

    @Test
    void storedCodesReadBackToTheirLabelAndUnknownCodesStayVisible() {
        assertThat(ReasonCode.labelOf("NO_DATE")).isEqualTo("未填写发布日期");
        assertThat(ReasonCode.labelOf("SOMETHING_NEWER")).isEqualTo("SOMETHING_NEWER");
        assertThat(ReasonCode.of(null)).isEmpty();
        assertThat(Arrays.stream(ReasonCode.values()).map(ReasonCode::label).distinct()).hasSize(ReasonCode.values().length);
    }
}
