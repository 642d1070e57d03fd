package org.pubstats.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeFileNameTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "../x|__x",
            "a/b|a_b",
            "a\\b|a_b",
            " 财政局 |财政局",
            "..|未命名部门_",
            "''|未命名部门",
            "con\ttrol|con_trol",
            "C:evil|C_evil"})
    void makesDepartmentNamesSafeAsFileNames(String department, String expected) {
        assertThat(SafeFileName.of(department)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void capsTheLength() {
        assertThat(SafeFileName.of("局".repeat(500))).hasSize(SafeFileName.MAX_LENGTH);
    }
}
