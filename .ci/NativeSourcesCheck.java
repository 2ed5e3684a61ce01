import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Checks the output of the native build's sources-only step (target/native-sources): every JPA
 * entity, every GraphQL API class and every GraphQL input and payload record of src/main/java
 * must be registered for reflection in the runner jar's META-INF/native-image/reflect-config.json.
 * Run by .ci/native-sources; plain JDK, no dependencies.
 */
public class NativeSourcesCheck {

    static final Pattern REGISTERED = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
    static final Pattern NESTED_RECORD = Pattern.compile("public record (\\w+(?:Input|Payload))\\b");

    public static void main(String[] args) throws IOException {
        Path sources = Path.of(args.length > 0 ? args[0] : "target/native-sources");
        Path runner;
        try (Stream<Path> files = Files.list(sources)) {
            runner = files.filter(f -> f.toString().endsWith("-runner.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No *-runner.jar in " + sources));
        }
        if (!Files.exists(sources.resolve("native-image.args"))) {
            fail("No native-image.args in " + sources);
        }
        Set<String> registered = new TreeSet<>();
        try (ZipFile jar = new ZipFile(runner.toFile())) {
            var entry = jar.getEntry("META-INF/native-image/reflect-config.json");
            if (entry == null) {
                fail("No META-INF/native-image/reflect-config.json in " + runner);
            }
            String json = new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = REGISTERED.matcher(json);
            while (m.find()) {
                registered.add(m.group(1));
            }
        }
        Set<String> expected = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher pkg = PACKAGE.matcher(source);
                if (!pkg.find()) {
                    continue;
                }
                String topLevel = pkg.group(1) + "." + file.getFileName().toString().replace(".java", "");
                if (source.contains("\n@Entity") || source.contains("\n@GraphQLApi")) {
                    expected.add(topLevel);
                }
                if (file.getParent().endsWith("graphql")) {
                    Matcher nested = NESTED_RECORD.matcher(source);
                    while (nested.find()) {
                        expected.add(topLevel + "$" + nested.group(1));
                    }
                }
            }
        }
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(registered);
        long entities = expected.stream().filter(n -> !n.contains("$") && !n.contains(".graphql.")).count();
        System.out.printf("native-sources: %d classes registered for reflection; checked %d entities, GraphQL APIs, inputs and payloads%n",
                registered.size(), expected.size());
        if (entities == 0 || expected.size() < 20) {
            fail("Found too few classes to check (" + expected.size() + "); has the source layout changed?");
        }
        if (!missing.isEmpty()) {
            fail("Not registered for reflection in the native build:\n  " + String.join("\n  ", missing));
        }
    }

    static void fail(String message) {
        System.err.println("native-sources check failed: " + message);
        System.exit(1);
    }
}
