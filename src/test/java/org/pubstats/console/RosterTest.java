package org.pubstats.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.pubstats.jobsdir.JobsFile;
import org.pubstats.jobsdir.JobsFileException;

/** jobs/departments.csv as the office writes it, and the periods a frequency asks for. */
class RosterTest {

    @Test
    void readsDepartmentsFrequenciesAndOptionalContacts() {
        Roster roster = Roster.of(JobsFile.parse("jobs/departments.csv", """
                # 名单
                部门,报送频次,联系人
                呼玛县财政局,每月,李四 0457-3501234
                呼玛县图书馆,每季
                共青团呼玛县委员会,每年,
                """));
        assertThat(roster.entries()).containsExactly(
                new Roster.Entry("呼玛县财政局", Frequency.MONTHLY, "李四 0457-3501234"),
                new Roster.Entry("呼玛县图书馆", Frequency.QUARTERLY, ""),
                new Roster.Entry("共青团呼玛县委员会", Frequency.YEARLY, ""));
    }

    @Test
    void aFrequencyItDoesNotKnowNamesTheLine() {
        assertThatThrownBy(() -> Roster.of(JobsFile.parse("jobs/departments.csv", """
                部门,报送频次,联系人
                呼玛县财政局,每周
                """)))
                .isInstanceOf(JobsFileException.class)
                .hasMessageContaining("第 2 行")
                .hasMessageContaining("每周");
    }

    @Test
    void aDepartmentListedTwiceIsAnError() {
        assertThatThrownBy(() -> Roster.of(JobsFile.parse("jobs/departments.csv", "甲局,每月\n甲局,每季\n")))
                .isInstanceOf(JobsFileException.class).hasMessageContaining("已在前面列出");
    }

    @Test
    void theShippedRosterListsTheSampleInboxsDepartments() throws Exception {
        Roster roster = Roster.read(Path.of("jobs"));
        try (Stream<Path> folders = Files.list(Path.of("sample-data/huma-2018"))) {
            assertThat(roster.entries()).extracting(Roster.Entry::department)
                    .containsExactlyInAnyOrderElementsOf(folders.filter(Files::isDirectory)
                            .map(p -> p.getFileName().toString()).toList());
        }
        assertThat(roster.entries()).hasSize(99);
    }

    @Test
    void onlyEndedPeriodsAreAskedFor() {
        LocalDate midApril = LocalDate.of(2018, 4, 15);
        assertThat(Frequency.MONTHLY.endedPeriods(2018, midApril)).extracting(Frequency.Period::name)
                .containsExactly("1月", "2月", "3月");
        assertThat(Frequency.QUARTERLY.endedPeriods(2018, midApril)).extracting(Frequency.Period::name)
                .containsExactly("一季度");
        assertThat(Frequency.YEARLY.endedPeriods(2018, midApril)).isEmpty();
        assertThat(Frequency.YEARLY.endedPeriods(2018, LocalDate.of(2019, 1, 1))).extracting(Frequency.Period::name)
                .containsExactly("2018年全年");
    }
}
