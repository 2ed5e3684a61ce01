package org.campuscareers.common.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campuscareers.support.GraphQLClient.anonymous;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.AgroalDataSourceMetrics;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Clients that go away while their request runs (a load generator ending its run, a browser tab
 * closed): the service logs at most one DEBUG line for each, no warning, no error and no stack
 * trace, and every pooled connection is healthy afterwards. A lock held by the test on another
 * connection keeps the requests' statements waiting, so that each client closes its connection
 * while its statement is in PostgreSQL, deterministically.
 */
@QuarkusTest
class AbortedRequestsTest {

    /** Requests aborted at once, at most: fewer if the pool cannot lend that many beside the test's own two. */
    static final int CLIENTS = 12;

    static final String QUERY =
            "{ postings(first: 5) { totalCount edges { node { id title employer { id name } } } } }";

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/graphql")
    URI uri;

    @Test
    void shouldLogNoErrorAndKeepThePoolHealthyWhenClientsGoAwayMidRequest() throws Exception {
        assertThat(anonymous(QUERY).ok()).isTrue(); // warm: the first request is not the point
        AgroalDataSourceMetrics metrics = dataSource.getMetrics();
        long invalidBefore = metrics.invalidCount();
        long leaksBefore = metrics.leakDetectionCount();
        // Other tests of this JVM may still hold connections (a subscription catching up, a job):
        // the aborted requests must give back theirs, so the pool returns to where it was.
        long activeBefore = metrics.activeCount();
        if (activeBefore > 0) {
            System.out.println("AbortedRequestsTest: " + activeBefore + " pooled connections in use before it began: "
                    + sessions());
        }
        // Every aborted request must hold a connection while its statement waits on the lock: no more
        // of them than the pool can lend beside the test's own two (and one to spare).
        int clientCount = (int) Math.min(
                CLIENTS,
                dataSource.getConfiguration().connectionPoolConfiguration().maxSize() - activeBefore - 3);
        assertThat(clientCount).as("requests the pool can serve at once").isGreaterThanOrEqualTo(4);
        Logger clientGone = Logger.getLogger(ClientGone.class.getName());
        Level configured = clientGone.getLevel();
        clientGone.setLevel(Level.FINE); // DEBUG: the one line each gone client may cost
        Captured log = Captured.install();
        List<Socket> clients = new ArrayList<>();
        try (Connection locker = dataSource.getConnection();
                Connection watcher = dataSource.getConnection()) {
            locker.setAutoCommit(false);
            try (Statement lock = locker.createStatement()) {
                lock.execute("lock table posting, employer in access exclusive mode");
            }
            for (int i = 0; i < clientCount; i++) {
                clients.add(send(QUERY));
            }
            // (pg_stat_activity is read on a connection of its own: a transaction sees one snapshot of it)
            await(() -> waitingOnTheLock(watcher) >= clientCount, "every request's statement waits on the lock");
            for (Socket client : clients) {
                client.close(); // mid-request: the statement is still running
            }
            Thread.sleep(500); // the service sees the connections close while the statements wait
            locker.commit();
        } finally {
            clients.forEach(AbortedRequestsTest::closeQuietly);
        }
        await(
                () -> metrics.activeCount() <= activeBefore,
                "every connection back in the pool (" + activeBefore + " in use before)");
        // Each gone request logs its line when its execution ends, which may be after it gave its
        // connection back.
        await(
                () -> log.records.stream()
                                .filter(r -> r.getLoggerName().equals(ClientGone.class.getName()))
                                .count()
                        >= clientCount,
                "a line from each request whose client went away");
        log.remove();
        clientGone.setLevel(configured);

        assertThat(log.records)
                .as("what aborted requests logged at WARN or above, or with a stack trace")
                .filteredOn(r -> r.getLevel().intValue() >= Level.WARNING.intValue() || r.getThrown() != null)
                .extracting(Captured::describe)
                .isEmpty();
        assertThat(log.records)
                .filteredOn(r -> r.getLoggerName().equals(ClientGone.class.getName()))
                .as("one DEBUG line for each client that went away")
                .hasSize(clientCount)
                .allSatisfy(r -> assertThat(r.getLevel().intValue()).isLessThan(Level.INFO.intValue()));
        // The pool is healthy: nothing was destroyed as invalid or leaked, no connection is left in
        // a transaction, and more requests than the pool has connections are each served.
        assertThat(metrics.invalidCount()).isEqualTo(invalidBefore);
        assertThat(metrics.leakDetectionCount()).isEqualTo(leaksBefore);
        try (Connection check = dataSource.getConnection()) {
            assertThat(number(
                            check,
                            "select count(*) from pg_stat_activity where datname = current_database()"
                                    + " and pid <> pg_backend_pid() and state like 'idle in transaction%'"))
                    .isZero();
        }
        for (int i = 0; i < 30; i++) {
            assertThat(anonymous(QUERY).ok()).isTrue();
        }
        // Each answer is sent before its request context ends and gives the connection back.
        await(
                () -> metrics.activeCount() <= activeBefore,
                "every connection back in the pool after the later requests (" + activeBefore + " in use before)");
    }

    /** A POST of the query on a raw socket, whose answer is never read. */
    private Socket send(String query) throws Exception {
        byte[] body = ("{\"query\":\"" + query.replace("\"", "\\\"") + "\"}").getBytes(StandardCharsets.UTF_8);
        Socket socket = new Socket(uri.getHost(), uri.getPort());
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + uri.getPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                        + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        return socket;
    }

    private static long waitingOnTheLock(Connection watcher) {
        try {
            return number(
                    watcher,
                    "select count(*) from pg_stat_activity where datname = current_database()"
                            + " and wait_event_type = 'Lock' and pid <> pg_backend_pid()");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The other sessions of the test database, for the log: what holds the connections in use. */
    private String sessions() throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Connection check = dataSource.getConnection();
                Statement statement = check.createStatement();
                ResultSet rows = statement.executeQuery("select state, left(query, 120) from pg_stat_activity"
                        + " where datname = current_database() and pid <> pg_backend_pid()")) {
            while (rows.next()) {
                text.append("\n  ").append(rows.getString(1)).append(": ").append(rows.getString(2));
            }
        }
        return text.toString();
    }

    private static long number(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within 20 s: " + what);
            }
            Thread.sleep(20);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (Exception ignored) {
            // already closed
        }
    }

    /** Every record logged through java.util.logging (JBoss LogManager in Quarkus) while installed. */
    static final class Captured extends Handler {
        final List<LogRecord> records = new CopyOnWriteArrayList<>();

        static Captured install() {
            Captured handler = new Captured();
            handler.setLevel(Level.ALL);
            Logger.getLogger("").addHandler(handler);
            return handler;
        }

        void remove() {
            Logger.getLogger("").removeHandler(this);
        }

        static String describe(LogRecord record) {
            StringBuilder text = new StringBuilder()
                    .append(record.getLevel())
                    .append(' ')
                    .append(record.getLoggerName())
                    .append(": ")
                    .append(record.getMessage());
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                String lines = trace.toString();
                text.append('\n').append(lines, 0, Math.min(lines.length(), 1500));
            }
            return text.toString();
        }

        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
