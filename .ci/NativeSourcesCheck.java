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
 * And the service's own reach-ins into library internals (a private field or method looked up by
 * name in src/main/java) must be listed in its META-INF/native-image/.../reflect-config.json
 * (SERVICE_CONFIG), which must be in the runner jar and name members that still exist in the
 * libraries the native build compiles in. Run by .ci/native-sources; plain JDK, no dependencies.
 */
public class NativeSourcesCheck {

    static final Pattern REGISTERED = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
    static final Pattern NESTED_RECORD = Pattern.compile("public record (\\w+(?:Input|Payload))\\b");
    static final String SERVICE_CONFIG = "META-INF/native-image/org.campuscareers/campus-careers/reflect-config.json";
    /** A lookup of a declared (possibly private) member by name: Type.class.getDeclaredField("name"). */
    static final Pattern REACH_IN =
            Pattern.compile("([\\w.]+)\\.class\\s*\\.\\s*getDeclared(Field|Method)\\(\\s*(?:\"(\\w+)\")?");
    /** One entry of SERVICE_CONFIG: its class name and the rest of the object, up to the next entry. */
    static final Pattern CONFIG_ENTRY = Pattern.compile("\\{\\s*\"name\"\\s*:\\s*\"([^\"]+)\"(.*?)(?=\\{\\s*\"name\"\\s*:\\s*\"[\\w.$]+\"\\s*,\\s*\"(?:fields|methods)\"|\\z)",
            Pattern.DOTALL);
    static final Pattern MEMBER = Pattern.compile("\"name\"\\s*:\\s*\"(\\w+)\"(?:\\s*,\\s*\"parameterTypes\"\\s*:\\s*\\[([^\\]]*)\\])?");

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
        checkReachIns(sources, runner);
    }

    /**
     * The service's reflective reach-ins into libraries are registered in SERVICE_CONFIG, which is
     * in the runner jar, and every class, field and method it names exists in the native build's
     * libraries (a library upgrade that renames one fails here, not at run time in the executable).
     */
    static void checkReachIns(Path sources, Path runner) throws IOException {
        String config = Files.readString(Path.of("src/main/resources").resolve(SERVICE_CONFIG));
        try (ZipFile jar = new ZipFile(runner.toFile())) {
            if (jar.getEntry(SERVICE_CONFIG) == null) {
                fail("No " + SERVICE_CONFIG + " in " + runner);
            }
        }
        java.util.Map<String, Set<String>> registered = new java.util.TreeMap<>();
        List<String> problems = new ArrayList<>();
        List<java.net.URL> urls = new ArrayList<>();
        urls.add(runner.toUri().toURL());
        try (Stream<Path> jars = Files.list(sources.resolve("lib"))) {
            for (Path lib : jars.filter(f -> f.toString().endsWith(".jar")).toList()) {
                urls.add(lib.toUri().toURL());
            }
        }
        try (var loader = new java.net.URLClassLoader(urls.toArray(java.net.URL[]::new), null)) {
            Matcher entry = CONFIG_ENTRY.matcher(config);
            while (entry.find()) {
                String className = entry.group(1);
                Set<String> members = registered.computeIfAbsent(className, k -> new TreeSet<>());
                Class<?> type;
                try {
                    type = Class.forName(className, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    problems.add(className + ": no such class in the native build's libraries (" + e + ")");
                    continue;
                }
                boolean methods = entry.group(2).contains("\"methods\"");
                Matcher member = MEMBER.matcher(entry.group(2));
                while (member.find()) {
                    String name = member.group(1);
                    members.add(name);
                    try {
                        if (methods) {
                            List<Class<?>> parameters = new ArrayList<>();
                            if (member.group(2) != null) {
                                for (String p : member.group(2).replace("\"", "").split(",")) {
                                    if (!p.isBlank()) {
                                        parameters.add(Class.forName(p.strip(), false, loader));
                                    }
                                }
                            }
                            type.getDeclaredMethod(name, parameters.toArray(Class<?>[]::new));
                        } else {
                            type.getDeclaredField(name);
                        }
                    } catch (ReflectiveOperationException | LinkageError e) {
                        problems.add(className + "." + name + ": not in the native build's libraries (" + e + ")");
                    }
                }
            }
        }
        int reachIns = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = REACH_IN.matcher(Files.readString(file));
                while (m.find()) {
                    reachIns++;
                    String simple = m.group(1).replace('.', '$');
                    var target = registered.entrySet().stream()
                            .filter(e -> e.getKey().equals(m.group(1)) || e.getKey().endsWith("." + simple)
                                    || e.getKey().endsWith("$" + simple))
                            .findFirst();
                    if (target.isEmpty()) {
                        problems.add(file + ": " + m.group() + " reaches into " + m.group(1) + ", which " + SERVICE_CONFIG
                                + " does not register");
                    } else if (m.group(3) != null && !target.get().getValue().contains(m.group(3))) {
                        problems.add(file + ": " + m.group() + " is not registered in " + SERVICE_CONFIG);
                    }
                }
            }
        }
        System.out.printf("native-sources: %d reach-ins into library internals; %s registers %d members of %d classes%n",
                reachIns, SERVICE_CONFIG, registered.values().stream().mapToInt(Set::size).sum(), registered.size());
        if (reachIns == 0) {
            fail("Found no reach-in (Type.class.getDeclaredField/getDeclaredMethod) in src/main/java; has the code changed?");
        }
        if (!problems.isEmpty()) {
            fail("Reflective reach-ins into libraries:\n  " + String.join("\n  ", problems));
        }
    }

    static void fail(String message) {
        System.err.println("native-sources check failed: " + message);
        System.exit(1);
    }
}
