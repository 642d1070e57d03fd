package org.pubstats.intake.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TableFormatsTest {

    private final TableFormats formats = TableFormats.standard();

    @Test
    void findsTheFormatForEachSpreadsheetExtension() {
        assertThat(formats.forExtension("xlsx")).containsInstanceOf(XlsxFormat.class);
        assertThat(formats.forExtension("xlsm")).containsInstanceOf(XlsxFormat.class);
        assertThat(formats.forExtension("xls")).containsInstanceOf(XlsFormat.class);
        assertThat(formats.forExtension("csv")).containsInstanceOf(CsvFormat.class);
        assertThat(formats.forExtension("txt")).containsInstanceOf(CsvFormat.class);
    }

    @Test
    void ignoresCaseAndALeadingDot() {
        assertThat(formats.forExtension(".XLSX")).containsInstanceOf(XlsxFormat.class);
    }

    @Test
    void hasNoFormatForOtherFiles() {
        assertThat(formats.forExtension("docx")).isEmpty();
        assertThat(formats.forExtension("et")).isEmpty();
        assertThat(formats.forExtension("")).isEmpty();
    }
}
