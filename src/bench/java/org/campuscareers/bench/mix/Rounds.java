package org.campuscareers.bench.mix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The rounds of a query-mix run: at each concurrency the targets are measured one after the other,
 * round after round (service, PostGraphile, pgbench, service, PostGraphile, pgbench, …), so that a
 * machine whose speed drifts (other builds, thermal limits, a neighbour's batch job) drifts under
 * every target alike. A ratio is computed within each round, and every figure is reported with its
 * spread over the rounds (min / median / max) beside the load average before each round.
 */
public final class Rounds {

    /**
     * One target measured once: its round, the load average before the round, the figures, and the
     * share of the machine's CPU time the hypervisor gave elsewhere while it was measured (steal, %).
     */
    public record Round(
            String target,
            int concurrency,
            int round,
            String loadBefore,
            double throughput,
            double p50,
            double p99,
            double serverCpuMillisPerRequest,
            double stealPercent) {}

    /** Smallest, median and largest of some values (NaN if there are none). */
    public record Spread(double min, double median, double max) {

        static Spread of(List<Double> values) {
            List<Double> known =
                    values.stream().filter(v -> !Double.isNaN(v)).sorted().toList();
            if (known.isEmpty()) {
                return new Spread(Double.NaN, Double.NaN, Double.NaN);
            }
            int n = known.size();
            double median = n % 2 == 1 ? known.get(n / 2) : (known.get(n / 2 - 1) + known.get(n / 2)) / 2;
            return new Spread(known.get(0), median, known.get(n - 1));
        }

        String describe(String format) {
            if (Double.isNaN(median)) {
                return "–";
            }
            return String.format(Locale.ROOT, format, median) + " (" + String.format(Locale.ROOT, format, min) + "–"
                    + String.format(Locale.ROOT, format, max) + ")";
        }
    }

    private Rounds() {}

    /** Every round of every target, in the order they ran. */
    static String table(List<Round> rounds) {
        StringBuilder table = new StringBuilder(
                "| concurrency | round | load before | target | req/s | p50 ms | p99 ms | server CPU ms/request | host steal % |\n"
                        + "|---|---|---|---|---|---|---|---|---|\n");
        for (Round r : rounds) {
            table.append(String.format(
                    Locale.ROOT,
                    "| %d | %d | %s | %s | %s | %s | %s | %s | %s |%n",
                    r.concurrency(),
                    r.round(),
                    r.loadBefore(),
                    r.target(),
                    Report.f(r.throughput()),
                    Report.f(r.p50()),
                    Report.f(r.p99()),
                    Report.f(r.serverCpuMillisPerRequest()),
                    Double.isNaN(r.stealPercent()) ? "–" : String.format(Locale.ROOT, "%.0f", r.stealPercent())));
        }
        return table.toString();
    }

    /** Median (min–max) over the rounds of each target at each concurrency. */
    static String spread(List<Round> rounds) {
        StringBuilder table = new StringBuilder(
                "| concurrency | target | rounds | req/s | p50 ms | p99 ms | server CPU ms/request | host steal % |\n"
                        + "|---|---|---|---|---|---|---|---|\n");
        for (Map.Entry<String, List<Round>> group : byTargetAndLevel(rounds).entrySet()) {
            List<Round> of = group.getValue();
            Round first = of.get(0);
            table.append(String.format(
                    Locale.ROOT,
                    "| %d | %s | %d | %s | %s | %s | %s | %s |%n",
                    first.concurrency(),
                    first.target(),
                    of.size(),
                    spread(of, Round::throughput).describe("%.0f"),
                    spread(of, Round::p50).describe("%.2f"),
                    spread(of, Round::p99).describe("%.2f"),
                    spread(of, Round::serverCpuMillisPerRequest).describe("%.2f"),
                    spread(of, Round::stealPercent).describe("%.0f")));
        }
        return table.toString();
    }

    /**
     * {@code a} against {@code b} within each round (throughput ratio, and CPU per request ratio
     * where both are known), then the median and range of those ratios over the rounds.
     */
    static String ratios(List<Round> rounds, String a, String b) {
        StringBuilder table = new StringBuilder("| concurrency | rounds | " + a + " / " + b + " req/s | " + a + " / "
                + b + " server CPU per request | per round (req/s) |\n|---|---|---|---|---|\n");
        int header = table.length();
        List<Integer> levels =
                rounds.stream().map(Round::concurrency).distinct().toList();
        for (int level : levels) {
            List<Double> throughput = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            List<String> each = new ArrayList<>();
            for (Round x : rounds) {
                if (x.concurrency() != level || !x.target().equals(a)) {
                    continue;
                }
                Round y = rounds.stream()
                        .filter(r -> r.concurrency() == level
                                && r.round() == x.round()
                                && r.target().equals(b))
                        .findFirst()
                        .orElse(null);
                if (y == null) {
                    continue;
                }
                throughput.add(x.throughput() / y.throughput());
                cpu.add(x.serverCpuMillisPerRequest() / y.serverCpuMillisPerRequest());
                each.add(String.format(Locale.ROOT, "%.2f×", x.throughput() / y.throughput()));
            }
            if (throughput.isEmpty()) {
                continue;
            }
            table.append(String.format(
                    Locale.ROOT,
                    "| %d | %d | %s | %s | %s |%n",
                    level,
                    throughput.size(),
                    Spread.of(throughput).describe("%.2f×"),
                    Spread.of(cpu).describe("%.2f×"),
                    String.join(", ", each)));
        }
        return table.length() == header ? "" : table.toString(); // nothing to compare: no table
    }

    /** The round whose throughput is the median of its target's rounds at that concurrency. */
    static int medianRound(List<Round> rounds, String target, int concurrency) {
        List<Round> of = rounds.stream()
                .filter(r -> r.target().equals(target) && r.concurrency() == concurrency)
                .sorted((x, y) -> Double.compare(x.throughput(), y.throughput()))
                .toList();
        return of.isEmpty() ? -1 : of.get((of.size() - 1) / 2).round();
    }

    static Spread spread(List<Round> rounds, ToDoubleFunction<Round> figure) {
        return Spread.of(rounds.stream().map(r -> figure.applyAsDouble(r)).toList());
    }

    private static Map<String, List<Round>> byTargetAndLevel(List<Round> rounds) {
        Map<String, List<Round>> groups = new LinkedHashMap<>();
        for (Round r : rounds) {
            groups.computeIfAbsent(r.concurrency() + "\u0000" + r.target(), k -> new ArrayList<>())
                    .add(r);
        }
        return groups;
    }
}
