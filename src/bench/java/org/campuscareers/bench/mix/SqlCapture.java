package org.campuscareers.bench.mix;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL the service issues for one request, read back from PostgreSQL's log while
 * {@code log_statement = 'all'} is set for the benchmark database only. The harness brackets each
 * request with marker statements on its own connection ({@link #marker}); what the service's
 * connections logged between two markers is the request's SQL.
 */
public final class SqlCapture {

    /** One statement as the server executed it, with the values bound to $1, $2, ... */
    public record Statement(String sql, List<String> parameters) {}

    private static final Pattern LINE = Pattern.compile(
            "^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)? \\S+ \\[(\\d+)\\] \\S* ?(LOG|DETAIL|ERROR|STATEMENT|WARNING|HINT|CONTEXT|FATAL):  (.*)$");
    private static final Pattern EXECUTE = Pattern.compile("^(?:execute [^:]+|statement): (.*)$", Pattern.DOTALL);
    private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+) = (NULL|'((?:[^']|'')*)')");

    private SqlCapture() {}

    /** The text of the marker statement the harness runs before ({@code begin}) or after a request. */
    public static String marker(String label, boolean begin) {
        return "select 'querymix-" + (begin ? "begin" : "end") + " " + label + "'";
    }

    /** The size of the log now: where to start reading what follows. */
    public static long offset(String logFile) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(logFile, "r")) {
            return file.length();
        }
    }

    /**
     * For each label, the statements logged between its begin and end markers by any backend other
     * than the markers' own, in order.
     */
    public static Map<String, List<Statement>> read(String logFile, long from) throws IOException {
        byte[] bytes;
        try (RandomAccessFile file = new RandomAccessFile(logFile, "r")) {
            file.seek(from);
            bytes = new byte[(int) (file.length() - from)];
            file.readFully(bytes);
        }
        List<String[]> entries = new ArrayList<>(); // pid, level, message
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                entries.add(new String[] {m.group(1), m.group(2), m.group(3)});
            } else if (!entries.isEmpty()) {
                String[] last = entries.get(entries.size() - 1);
                last[2] = last[2] + "\n" + (line.startsWith("\t") ? line.substring(1) : line);
            }
        }
        Map<String, List<Statement>> captured = new LinkedHashMap<>();
        String open = null;
        String markerPid = null;
        List<Statement> current = null;
        String lastPid = null;
        for (String[] entry : entries) {
            String pid = entry[0];
            String level = entry[1];
            String message = entry[2];
            int begin = message.indexOf("'querymix-begin ");
            int end = message.indexOf("'querymix-end ");
            if (level.equals("LOG") && begin >= 0) {
                open = message.substring(begin + 16, message.lastIndexOf('\''));
                markerPid = pid;
                current = new ArrayList<>();
                continue;
            }
            if (level.equals("LOG") && end >= 0) {
                if (open != null) {
                    captured.put(open, current);
                }
                open = null;
                continue;
            }
            if (open == null || pid.equals(markerPid)) {
                continue;
            }
            if (level.equals("LOG")) {
                Matcher execute = EXECUTE.matcher(message);
                if (execute.matches() && !execute.group(1).isBlank()) {
                    current.add(new Statement(execute.group(1).strip(), new ArrayList<>()));
                    lastPid = pid;
                }
            } else if (level.equals("DETAIL")
                    && message.startsWith("parameters: ")
                    && Objects.equals(pid, lastPid)
                    && !current.isEmpty()) {
                List<String> values = current.get(current.size() - 1).parameters();
                Matcher parameter = PARAMETER.matcher(message);
                while (parameter.find()) {
                    int index = Integer.parseInt(parameter.group(1));
                    while (values.size() < index) {
                        values.add(null);
                    }
                    values.set(
                            index - 1,
                            parameter.group(3) == null
                                    ? null
                                    : parameter.group(3).replace("''", "'"));
                }
            }
        }
        return captured;
    }
}
