package org.pubstats.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestTableTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "自然人|自然人", "法人或其他组织|其他", "法人或其他组织（商业企业）|商业企业", "科研机构|科研机构",
            "社会公益组织|社会公益组织", "律师事务所（法律服务机构）|法律服务机构", "NULL|其他", "外星人|其他"})
    void mapsApplicantTypesToTheColumnsOfTableThree(String applicantType, String column) {
        assertThat(RequestTable.COLUMNS.get(RequestTable.column(applicantType))).isEqualTo(column);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "予以公开|true", "同意公开|true", "不同意公开|false", "部分公开|false", "不予公开|false", "NULL|false"})
    void countsOnlyFullyGrantedRequestsAsGranted(String outcome, boolean granted) {
        assertThat(RequestTable.granted(outcome)).isEqualTo(granted);
    }
}
