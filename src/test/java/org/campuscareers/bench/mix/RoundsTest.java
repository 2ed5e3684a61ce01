package org.campuscareers.bench.mix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rounds report of bench/querymix.sh (spread over rounds, ratios taken within a round) and the
 * rows compared between the servers' answers.
 */
class RoundsTest {

    static final List<Rounds.Round> ROUNDS = List.of(
            new Rounds.Round("service", 8, 1, "1.10", 700, 9, 30, 1.4, 5),
            new Rounds.Round("PostGraphile 5", 8, 1, "1.20", 600, 8, 60, 0.9, 5),
            new Rounds.Round("service", 8, 2, "3.50", 350, 20, 90, 2.8, 5),
            new Rounds.Round("PostGraphile 5", 8, 2, "3.60", 350, 19, 80, 1.0, 5),
            new Rounds.Round("service", 8, 3, "1.00", 720, 9, 31, 1.3, 5),
            new Rounds.Round("PostGraphile 5", 8, 3, "1.00", 640, 8, 61, 0.9, 5));

    @Test
    void shouldReportTheMedianAndRangeOverTheRounds() {
        Rounds.Spread throughput = Rounds.spread(
                ROUNDS.stream().filter(r -> r.target().equals("service")).toList(), Rounds.Round::throughput);
        assertThat(throughput).isEqualTo(new Rounds.Spread(350, 700, 720));
        assertThat(Rounds.Spread.of(List.of(1.0, 3.0))).isEqualTo(new Rounds.Spread(1, 2, 3));
        assertThat(Rounds.Spread.of(List.of(Double.NaN)).median()).isNaN();
        assertThat(Rounds.spread(ROUNDS)).contains("| 8 | service | 3 | 700 (350–720) |");
        assertThat(Rounds.table(ROUNDS)).contains("| 8 | 2 | 3.50 | service | 350 |");
        assertThat(Rounds.spread(ROUNDS)).contains("| 1.40 (1.30–2.80) | 5 (5–5) |");
    }

    @Test
    void shouldTellTheShareOfTheMachineStolenDuringARun() {
        Machine.Cpu before = new Machine.Cpu(10_000, 300);
        assertThat(new Machine.Cpu(12_000, 700).stealPercentSince(before)).isEqualTo(20.0);
        assertThat(new Machine.Cpu(12_000, 700).stealPercentSince(new Machine.Cpu(-1, 0)))
                .isNaN();
        assertThat(Machine.cpu().total()).isPositive(); // this machine's /proc/stat
    }

    @Test
    void shouldTakeEachRatioWithinItsRound() {
        // Round 2 was slow for both: within the round the ratio is 1.00×, not 350 / 640.
        String ratios = Rounds.ratios(ROUNDS, "service", "PostGraphile 5");
        assertThat(ratios).contains("| 8 | 3 | 1.13× (1.00×–1.17×) |").contains("1.17×, 1.00×, 1.13×");
        assertThat(Rounds.ratios(ROUNDS, "service", "pgbench")).isEmpty();
        assertThat(Rounds.medianRound(ROUNDS, "service", 8)).isEqualTo(1);
        assertThat(Rounds.medianRound(ROUNDS, "pgbench", 8)).isEqualTo(-1);
    }

    @Test
    void shouldReadTheSameRowsFromEitherServersIds() {
        io.vertx.core.json.JsonObject service = new io.vertx.core.json.JsonObject()
                .put(
                        "node",
                        new io.vertx.core.json.JsonObject()
                                .put("id", QueryMix.serviceId("Posting", 42))
                                .put(
                                        "employer",
                                        new io.vertx.core.json.JsonObject()
                                                .put("id", QueryMix.serviceId("Employer", 7))));
        io.vertx.core.json.JsonObject peer = new io.vertx.core.json.JsonObject()
                .put(
                        "node",
                        new io.vertx.core.json.JsonObject()
                                .put("id", QueryMix.peerId("Posting", 42))
                                .put(
                                        "employer",
                                        new io.vertx.core.json.JsonObject().put("id", QueryMix.peerId("Employer", 7))));
        assertThat(QueryMix.rows(service)).containsExactly("Posting:42", "Employer:7");
        assertThat(QueryMix.rows(peer)).isEqualTo(QueryMix.rows(service));
    }
}
