package org.campuscareers.bench.mix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ceiling's other half: from PostgreSQL's log to a pgbench script, without a database. */
class PgBenchScriptTest {

    @Test
    void shouldReadTheStatementsBetweenMarkersAndTurnTheRequestsInputsIntoVariables(@TempDir Path dir)
            throws Exception {
        Path log = dir.resolve("postgresql.log");
        Files.writeString(log, """
                2026-11-28 06:28:07.100 UTC [900] postgres@campus_mix LOG:  execute <unnamed>: select 'querymix-begin POSTING-0'
                2026-11-28 06:28:07.150 UTC [9065] postgres@campus_mix LOG:  execute S_3: select p.* from posting p
                \twhere p.id = $1 and p.status = $2 limit $3
                2026-11-28 06:28:07.150 UTC [9065] postgres@campus_mix DETAIL:  parameters: $1 = '4711', $2 = 'PUBLISHED', $3 = '21'
                2026-11-28 06:28:07.160 UTC [9065] postgres@campus_mix LOG:  execute <unnamed>: select * from employer where id in ($1,$2)
                2026-11-28 06:28:07.160 UTC [9065] postgres@campus_mix DETAIL:  parameters: $1 = '12', $2 = '5'
                2026-11-28 06:28:07.170 UTC [9065] postgres@campus_mix LOG:  statement: COMMIT
                2026-11-28 06:28:07.200 UTC [900] postgres@campus_mix LOG:  execute <unnamed>: select 'querymix-end POSTING-0'
                2026-11-28 06:28:07.300 UTC [9065] postgres@campus_mix LOG:  execute <unnamed>: select 'not part of it'
                """);

        Map<String, List<SqlCapture.Statement>> captured = SqlCapture.read(log.toString(), 0);
        String script = PgBench.script(
                QueryMix.Kind.POSTING,
                captured.get("POSTING-0"),
                Map.of("posting_id", 4711L, "posting_employer_id", 12L),
                "test");

        assertThat(captured.get("POSTING-0")).hasSize(3);
        assertThat(script)
                .contains(
                        "select id as posting_id, employer_id as posting_employer_id from bench_peer.pick_posting where n = :n \\gset")
                .contains("select p.* from posting p where p.id = :posting_id and p.status = 'PUBLISHED' limit '21';")
                .contains("select * from employer where id in (:posting_employer_id,'5');")
                .contains("COMMIT;")
                .doesNotContain("not part of it");
    }
}
