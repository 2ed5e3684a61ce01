package org.campuscareers.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a spreadsheet would do with a CSV cell, and what a browser would do with a college name. */
class WeeklyReportDocumentsTest {

    @Test
    void shouldKeepSpreadsheetsFromRunningACollegeNameAsAFormula() {
        assertThat(WeeklyReportDocuments.cell("=HYPERLINK(\"http://x\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(WeeklyReportDocuments.cell("+1")).isEqualTo("'+1");
        assertThat(WeeklyReportDocuments.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(WeeklyReportDocuments.cell("化学学院, 分院")).isEqualTo("\"化学学院, 分院\"");
        assertThat(WeeklyReportDocuments.cell("化学学院")).isEqualTo("化学学院");
    }

    @Test
    void shouldEscapeMarkupInThePage() {
        assertThat(WeeklyReportDocuments.escape("<script>alert('x')</script> & \"学院\""))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;学院&quot;");
    }
}
