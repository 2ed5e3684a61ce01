package org.campuscareers.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.campuscareers.report.WeeklyReportService.Document;

/**
 * A weekly report as a CSV file and as an HTML page with its chart, both rendered here: no
 * external chart service. The CSV starts with a byte-order mark, so that spreadsheet programs
 * read its Chinese as UTF-8; a text cell that a spreadsheet would run as a formula (it starts with
 * = + - @) is prefixed with an apostrophe, since college names come from graduates' profiles.
 */
final class WeeklyReportDocuments {

    /** Where the documents are served; {id}.csv and {id}.html. */
    static final String PATH = "/reports/weekly/";

    static final String BOM = "\uFEFF";

    static final List<String> COLUMNS = List.of(
            "college",
            "cohortYear",
            "weekStarting",
            "issuedAt",
            "graduates",
            "newPostings",
            "applications",
            "offers",
            "sessionsHeld",
            "outcomesRecorded",
            "placementRate",
            "placementRateLastCohort");

    private WeeklyReportDocuments() {}

    static String csv(WeeklyReport report) {
        List<String> values = new ArrayList<>();
        values.add(report.getCollege() == null ? "全校 (university)" : report.getCollege());
        values.add(String.valueOf(report.getCohortYear()));
        values.add(report.getWeekStarting().toString());
        values.add(report.getIssuedAt().toString());
        values.add(String.valueOf(report.getGraduates()));
        values.add(String.valueOf(report.getNewPostings()));
        values.add(String.valueOf(report.getApplications()));
        values.add(String.valueOf(report.getOffers()));
        values.add(String.valueOf(report.getSessionsHeld()));
        values.add(String.valueOf(report.getOutcomesRecorded()));
        values.add(rate(report.getPlacementRate()));
        values.add(report.getPlacementRateLastCohort() == null ? "" : rate(report.getPlacementRateLastCohort()));
        return BOM + String.join(",", COLUMNS) + "\r\n"
                + String.join(
                        ",", values.stream().map(WeeklyReportDocuments::cell).toList()) + "\r\n";
    }

    private static String rate(double rate) {
        return String.format(Locale.ROOT, "%.4f", rate);
    }

    static String cell(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    static String html(Document document) {
        WeeklyReport r = document.report();
        String title = (r.getCollege() == null ? "全校" : r.getCollege()) + " 就业工作周报 " + r.getWeekStarting();
        StringBuilder html = new StringBuilder();
        html.append("<!doctype html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title))
                .append("</title><style>body{font-family:system-ui,sans-serif;margin:2rem;color:#222}")
                .append("table{border-collapse:collapse}td,th{padding:.3rem .8rem;border-bottom:1px solid #ddd;")
                .append(
                        "text-align:left}.now{stroke:#c0392b}.last{stroke:#7f8c8d;stroke-dasharray:6 4}</style></head><body>")
                .append("<h1>")
                .append(escape(title))
                .append("</h1><p>")
                .append(r.getCohortYear())
                .append("届 · cohort ")
                .append(r.getCohortYear())
                .append(" · issued ")
                .append(escape(r.getIssuedAt().toString()))
                .append("</p><table>");
        row(html, "毕业生 graduates", String.valueOf(r.getGraduates()));
        row(html, "新发布岗位 new postings", String.valueOf(r.getNewPostings()));
        row(html, "投递 applications", String.valueOf(r.getApplications()));
        row(html, "录用 offers", String.valueOf(r.getOffers()));
        row(html, "直播带岗 sessions held", String.valueOf(r.getSessionsHeld()));
        row(html, "新登记去向 destinations recorded", String.valueOf(r.getOutcomesRecorded()));
        row(html, "落实率 placement rate", percent(r.getPlacementRate()));
        row(
                html,
                "上届同期 previous cohort, same week",
                r.getPlacementRateLastCohort() == null ? "–" : percent(r.getPlacementRateLastCohort()));
        html.append("</table><h2>落实率 placement rate by week</h2>");
        html.append(chart(document.series()));
        html.append("</body></html>");
        return html.toString();
    }

    /** An inline SVG line chart: this cohort (solid) against the previous cohort (dashed), 0 to 100%. */
    static String chart(List<WeeklyReport> series) {
        int width = 640;
        int height = 260;
        int left = 48;
        int right = 16;
        int top = 16;
        int bottom = 40;
        double plotWidth = width - left - right;
        double plotHeight = height - top - bottom;
        int n = series.size();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\"><title>Placement rate by week, this cohort against the previous one</title>");
        for (int pct = 0; pct <= 100; pct += 25) {
            double y = top + plotHeight * (1 - pct / 100.0);
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eee\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%d%%</text>",
                    left,
                    y,
                    width - right,
                    y,
                    left - 6,
                    y + 4,
                    pct));
        }
        StringBuilder now = new StringBuilder();
        StringBuilder last = new StringBuilder();
        for (int i = 0; i < n; i++) {
            WeeklyReport point = series.get(i);
            double x = left + (n == 1 ? plotWidth / 2 : plotWidth * i / (n - 1));
            now.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, top + plotHeight * (1 - point.getPlacementRate())));
            if (point.getPlacementRateLastCohort() != null) {
                last.append(String.format(
                        Locale.ROOT, "%.1f,%.1f ", x, top + plotHeight * (1 - point.getPlacementRateLastCohort())));
            }
        }
        if (!last.isEmpty()) {
            svg.append("<polyline class=\"last\" fill=\"none\" stroke-width=\"2\" points=\"")
                    .append(last.toString().strip())
                    .append("\"><title>previous cohort</title></polyline>");
        }
        svg.append("<polyline class=\"now\" fill=\"none\" stroke-width=\"2\" points=\"")
                .append(now.toString().strip())
                .append("\"><title>this cohort</title></polyline>");
        if (n > 0) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>"
                            + "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%s</text>",
                    left,
                    height - 12,
                    series.get(0).getWeekStarting(),
                    width - right,
                    height - 12,
                    series.get(n - 1).getWeekStarting()));
        }
        return svg.append("</svg>").toString();
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><th>")
                .append(escape(label))
                .append("</th><td>")
                .append(escape(value))
                .append("</td></tr>");
    }

    private static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
