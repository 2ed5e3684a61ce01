package org.campuscareers.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Rows for one table, streamed to PostgreSQL with COPY in its text format and sent in chunks of
 * about a megabyte, so a table of millions of rows never sits in memory. Prints progress about
 * once a second.
 */
final class CopyStream implements AutoCloseable {

    private static final int CHUNK = 1 << 20;

    private final CopyIn copy;
    private final String table;
    private final long expected;
    private final PrintStream log;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 64 * 1024);
    private final long started = System.nanoTime();
    private long lastReport = started;
    private long rows;
    private double elapsed = -1;

    CopyStream(CopyManager copies, String table, String columns, long expected, PrintStream log) throws SQLException {
        this.copy = copies.copyIn("copy " + table + " (" + columns + ") from stdin");
        this.table = table;
        this.expected = expected;
        this.log = log;
    }

    /** Appends one row; values are written as COPY text: null, strings, numbers, booleans, instants, lists. */
    CopyStream row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append('\t');
            }
            field(values[i]);
        }
        buffer.append('\n');
        rows++;
        if (buffer.length() >= CHUNK) {
            flush();
        }
        return this;
    }

    private void field(Object value) {
        switch (value) {
            case null -> buffer.append("\\N");
            case String text -> escape(text);
            case Instant instant -> buffer.append(instant);
            case List<?> list -> escape(arrayLiteral(list));
            case Json json -> escape(json.text());
            default -> buffer.append(value);
        }
    }

    /** A PostgreSQL array literal of text elements, each quoted. */
    private static String arrayLiteral(List<?> elements) {
        StringBuilder literal = new StringBuilder("{");
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                literal.append(',');
            }
            literal.append('"')
                    .append(elements.get(i).toString().replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return literal.append('}').toString();
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                case '\t' -> buffer.append("\\t");
                default -> buffer.append(c);
            }
        }
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
        long now = System.nanoTime();
        if (now - lastReport >= 1_000_000_000L) {
            lastReport = now;
            report("");
        }
    }

    private void report(String suffix) {
        double seconds = Math.max((System.nanoTime() - started) / 1e9, 1e-9);
        log.printf("  %-26s %,12d / %,-12d %,10.0f rows/s%s%n", table, rows, expected, rows / seconds, suffix);
    }

    long rows() {
        return rows;
    }

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    /** Seconds from the first row until PostgreSQL accepted the last one. */
    double elapsed() {
        return elapsed < 0 ? seconds() : elapsed;
    }

    /** Ends the COPY; PostgreSQL checks constraints and computes generated columns as rows arrive. */
    @Override
    public void close() throws SQLException {
        flush();
        copy.endCopy();
        elapsed = seconds();
        report(String.format("  done in %.1f s", elapsed));
    }

    /** A value already written as JSON, for jsonb columns. */
    record Json(String text) {}
}
