package org.campuscareers.bench.mix;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/** The markdown tables and the latency-against-throughput chart of one query-mix run. */
public final class Report {

    /** One measured point: a target at a concurrency. */
    public record Point(
            String target,
            int concurrency,
            double throughput,
            double p50,
            double p90,
            double p99,
            long requests,
            long errors,
            String notes) {}

    private Report() {}

    static String f(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    static String table(List<Point> points) {
        StringBuilder table = new StringBuilder(
                "| target | concurrency | req/s | p50 ms | p90 ms | p99 ms | requests | errors | notes |\n|---|---|---|---|---|---|---|---|---|\n");
        for (Point p : points) {
            table.append("| ")
                    .append(p.target())
                    .append(" | ")
                    .append(p.concurrency())
                    .append(" | ")
                    .append(f(p.throughput()))
                    .append(" | ")
                    .append(f(p.p50()))
                    .append(" | ")
                    .append(f(p.p90()))
                    .append(" | ")
                    .append(f(p.p99()))
                    .append(" | ")
                    .append(String.format(Locale.ROOT, "%,d", p.requests()))
                    .append(" | ")
                    .append(p.errors())
                    .append(" | ")
                    .append(p.notes())
                    .append(" |\n");
        }
        return table.toString();
    }

    /** Service against PostGraphile and against pgbench, concurrency by concurrency. */
    static String ratios(List<Point> service, List<Point> peer, List<Point> ceiling) {
        StringBuilder table = new StringBuilder(
                "| concurrency | service req/s | PostGraphile req/s | service / PostGraphile | service p99 / PostGraphile p99 | pgbench tx/s | service / pgbench |\n|---|---|---|---|---|---|---|\n");
        for (Point s : service) {
            Point p = find(peer, s.concurrency());
            Point c = find(ceiling, s.concurrency());
            table.append("| ")
                    .append(s.concurrency())
                    .append(" | ")
                    .append(f(s.throughput()))
                    .append(" | ")
                    .append(p == null ? "–" : f(p.throughput()))
                    .append(" | ")
                    .append(p == null ? "–" : String.format(Locale.ROOT, "%.2f×", s.throughput() / p.throughput()))
                    .append(" | ")
                    .append(p == null ? "–" : String.format(Locale.ROOT, "%.2f", s.p99() / p.p99()))
                    .append(" | ")
                    .append(c == null ? "–" : f(c.throughput()))
                    .append(" | ")
                    .append(
                            c == null
                                    ? "–"
                                    : String.format(Locale.ROOT, "%.0f%%", 100 * s.throughput() / c.throughput()))
                    .append(" |\n");
        }
        return table.toString();
    }

    private static Point find(List<Point> points, int concurrency) {
        return points.stream()
                .filter(p -> p.concurrency() == concurrency)
                .findFirst()
                .orElse(null);
    }

    /**
     * p50 (solid) and p99 (dashed) latency against throughput, one colour per target, each point
     * labelled with its concurrency; logarithmic latency axis.
     */
    static void chart(Path png, String title, List<List<Point>> series) throws IOException {
        System.setProperty("java.awt.headless", "true");
        int width = 1000;
        int height = 620;
        int left = 80;
        int right = 230;
        int top = 50;
        int bottom = 70;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        List<Point> all = series.stream()
                .flatMap(List::stream)
                .filter(p -> p.throughput() > 0 && p.p50() > 0)
                .toList();
        if (all.isEmpty()) {
            return;
        }
        double maxX = all.stream().mapToDouble(Point::throughput).max().orElse(1) * 1.08;
        double minY = Math.pow(
                10,
                Math.floor(Math.log10(all.stream().mapToDouble(Point::p50).min().orElse(0.1))));
        double maxY = Math.pow(
                10,
                Math.ceil(Math.log10(all.stream().mapToDouble(Point::p99).max().orElse(10))));
        int plotW = width - left - right;
        int plotH = height - top - bottom;
        java.util.function.DoubleUnaryOperator x = v -> left + v / maxX * plotW;
        java.util.function.DoubleUnaryOperator y =
                v -> top + plotH - (Math.log10(v) - Math.log10(minY)) / (Math.log10(maxY) - Math.log10(minY)) * plotH;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.setColor(new Color(225, 225, 225));
        for (double v = minY; v <= maxY * 1.001; v *= 10) {
            for (int k = 1; k < 10 && v * k <= maxY * 1.001; k++) {
                int yy = (int) y.applyAsDouble(v * k);
                g.setColor(k == 1 ? new Color(200, 200, 200) : new Color(238, 238, 238));
                g.drawLine(left, yy, left + plotW, yy);
                if (k == 1) {
                    g.setColor(Color.DARK_GRAY);
                    g.drawString(
                            (v < 1 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%,.0f", v))
                                    + " ms",
                            8,
                            yy + 4);
                }
            }
        }
        double step = niceStep(maxX / 8);
        for (double v = 0; v <= maxX; v += step) {
            int xx = (int) x.applyAsDouble(v);
            g.setColor(new Color(230, 230, 230));
            g.drawLine(xx, top, xx, top + plotH);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.ROOT, "%,.0f", v), xx - 12, top + plotH + 18);
        }
        g.setColor(Color.BLACK);
        g.drawRect(left, top, plotW, plotH);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(title, left, 30);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.drawString("throughput (requests or transactions per second); labels: concurrency", left, height - 25);
        Color[] colours = {
            new Color(0, 102, 204), new Color(220, 90, 0), new Color(40, 150, 40), new Color(150, 60, 170)
        };
        int legend = top + 10;
        for (int s = 0; s < series.size(); s++) {
            List<Point> points =
                    series.get(s).stream().filter(p -> p.throughput() > 0).toList();
            if (points.isEmpty()) {
                continue;
            }
            Color colour = colours[s % colours.length];
            for (int percentile = 0; percentile < 2; percentile++) {
                g.setColor(colour);
                g.setStroke(
                        percentile == 0
                                ? new BasicStroke(2.2f)
                                : new BasicStroke(
                                        2.2f,
                                        BasicStroke.CAP_BUTT,
                                        BasicStroke.JOIN_ROUND,
                                        1f,
                                        new float[] {7f, 5f},
                                        0f));
                List<int[]> xy = new ArrayList<>();
                for (Point p : points) {
                    xy.add(new int[] {
                        (int) x.applyAsDouble(p.throughput()),
                        (int) y.applyAsDouble(percentile == 0 ? p.p50() : p.p99())
                    });
                }
                for (int i = 1; i < xy.size(); i++) {
                    g.drawLine(xy.get(i - 1)[0], xy.get(i - 1)[1], xy.get(i)[0], xy.get(i)[1]);
                }
                for (int i = 0; i < xy.size(); i++) {
                    g.fillOval(xy.get(i)[0] - 4, xy.get(i)[1] - 4, 8, 8);
                    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
                    g.drawString(String.valueOf(points.get(i).concurrency()), xy.get(i)[0] + 5, xy.get(i)[1] - 5);
                }
                g.setStroke(
                        percentile == 0
                                ? new BasicStroke(2.2f)
                                : new BasicStroke(
                                        2.2f,
                                        BasicStroke.CAP_BUTT,
                                        BasicStroke.JOIN_ROUND,
                                        1f,
                                        new float[] {7f, 5f},
                                        0f));
                g.drawLine(left + plotW + 15, legend, left + plotW + 45, legend);
                g.setColor(Color.BLACK);
                g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
                g.drawString(
                        points.get(0).target() + (percentile == 0 ? " p50" : " p99"), left + plotW + 52, legend + 4);
                legend += 22;
            }
        }
        g.dispose();
        Files.createDirectories(png.getParent());
        ImageIO.write(image, "png", png.toFile());
    }

    private static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= raw) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
