package org.pubstats.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pubstats.jobsdir.JobsFile;
import org.pubstats.jobsdir.JobsFileException;

/** jobs/applicant-types.csv and jobs/request-outcomes.csv as shipped, and what a bad line does. */
class RequestWordsTest {

    private static final RequestWords WORDS = RequestWords.load(Path.of("jobs"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "自然人|自然人", "个人|自然人", "法人或其他组织|其他", "法人或其他组织（商业企业）|商业企业", "科研机构|科研机构",
            "社会公益组织|社会公益组织", "律师事务所（法律服务机构）|法律服务机构", " 商业 企业 |商业企业", "其它|其他"})
    void mapsApplicantTypesToTheColumnsOfTableThree(String applicantType, String column) {
        assertThat(WORDS.applicantColumn(applicantType)).contains(column);
    }

    @Test
    void anUnknownApplicantTypeIsUnknown() {
        assertThat(WORDS.applicantColumn("外星人")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "予以公开|（一）予以公开", "同意公开|（一）予以公开", "部分公开|（二）部分公开", "不予公开-国家秘密|（三）1.属于国家秘密",
            "危及三安全一稳定|（三）3.危及“三安全一稳定”", "信息不存在|（四）1.本机关不掌握相关政府信息",
            "非本机关掌握|（四）1.本机关不掌握相关政府信息", "重复申请|（五）2.重复申请", "信访类|（五）1.信访举报投诉类申请",
            "(一)予以公开|（一）予以公开", "（六）3.其他|（六）3.其他", "办理中|办理中", "已办结|已办结"})
    void mapsOfficeWordsToTheRowsOfTableThree(String outcome, String row) {
        assertThat(WORDS.outcome(outcome)).contains(row);
    }

    @Test
    void everyRowOfTableThreeIsKnownByItsOwnLabel() {
        for (String row : RequestWords.OUTCOME_ROWS) {
            assertThat(WORDS.outcome(row)).as(row).contains(row);
        }
        for (String column : RequestWords.APPLICANT_COLUMNS) {
            assertThat(WORDS.applicantColumn(column)).as(column).contains(column);
        }
        assertThat(WORDS.outcome("不同意")).isEmpty();
    }

    @Test
    void aLineMappingToNoRowStopsTheRunNamingTheLine() {
        JobsFile applicants = JobsFile.parse("jobs/applicant-types.csv", "value,canonical\n自然人,自然人\n");
        JobsFile outcomes = JobsFile.parse("jobs/request-outcomes.csv", "value,canonical\n同意公开,（一）予以公开\n驳回,驳回\n");
        assertThatThrownBy(() -> RequestWords.parse(applicants, outcomes)).isInstanceOf(JobsFileException.class)
                .hasMessageContaining("jobs/request-outcomes.csv 第 3 行").hasMessageContaining("“驳回”不能使用");
    }
}
