package org.pubstats.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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

    @Test
    void capsTheLengthInBytesWithAStableHashSuffix() {
        String name = SafeFileName.of("局".repeat(500));
        assertThat(SafeFileName.bytes(name)).isLessThanOrEqualTo(SafeFileName.MAX_BYTES);
        assertThat(name).matches("局+-[0-9a-f]{8}");
        assertThat(SafeFileName.of("局".repeat(500))).as("stable").isEqualTo(name);
        assertThat(SafeFileName.bytes(name + "-2018.xlsx")).isLessThan(255);
    }

    @Test
    void aNameThatFitsIsKept() {
        String seventy = "呼玛县".repeat(20);
        assertThat(SafeFileName.of(seventy)).isEqualTo(seventy);
    }

    @Test
    void longNamesWithTheSameBeginningDoNotCollide() {
        String common = "呼玛县人民政府办公室".repeat(10);
        String a = SafeFileName.of(common + "甲");
        String b = SafeFileName.of(common + "乙");
        assertThat(a).isNotEqualTo(b);
        assertThat(a.substring(0, a.length() - 9)).isEqualTo(b.substring(0, b.length() - 9));
    }

    @Test
    void cutsLatinNamesByBytesToo() {
        String name = SafeFileName.of("x".repeat(1000));
        assertThat(name).hasSize(SafeFileName.MAX_BYTES);
    }
}
