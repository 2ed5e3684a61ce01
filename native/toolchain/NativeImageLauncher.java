import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.graalvm.collections.EconomicMap;

import com.oracle.svm.core.option.APIOption;
import com.oracle.svm.core.option.APIOptionGroup;
import com.oracle.svm.core.option.OptionUtils;

import jdk.graal.compiler.options.OptionDescriptor;

/**
 * The {@code native-image} command of the GraalVM-shaped home that native/toolchain.sh assembles:
 * GraalVM's own driver (com.oracle.svm.driver) is not published on Maven Central, so this stands
 * in for it. It does what the driver does for the options a Quarkus build passes, and starts the
 * real image builder (module org.graalvm.nativeimage.builder, main class
 * com.oracle.svm.hosted.NativeImageGeneratorRunner) the way the driver starts it:
 *
 * <ul>
 *   <li>the builder jars on --module-path, the Graal compiler jar on --upgrade-module-path (it
 *       replaces the JDK's empty jdk.graal.compiler module), -XX:+EnableJVMCI on the JDK's own
 *       JVMCI (jdk.internal.vm.ci), and the JDK-internal packages exported to the builder modules
 *       (the real driver reads that list from a file generated at GraalVM's build; here every
 *       package of the modules the builder reaches into is exported to them);
 *   <li>API options ({@code --features=}, {@code --initialize-at-run-time=}, {@code --no-fallback},
 *       ...) translated to the builder's hosted options through the builder's own {@code @APIOption}
 *       declarations, so the translation is exactly the driver's for this builder version;
 *   <li>-J and -D arguments to the builder JVM, -H: options to the builder, {@code -jar} (the
 *       manifest's Main-Class and Class-Path), {@code --exclude-config};
 *   <li>the META-INF/native-image of every class-path entry: native-image.properties (Args,
 *       JavaArgs, ImageName) and the *-config.json / reachability-metadata.json files, which it
 *       names to the builder with the matching -H:...Resources option.
 * </ul>
 *
 * <p>The launcher runs in a JVM with the builder's modules (bin/native-image starts it so) and the
 * builder runs in a second JVM, as with the real driver. Environment: NATIVE_IMAGE_EXTRA_ARGS
 * (whitespace-separated arguments appended to the command line), NATIVE_IMAGE_VERBOSE=true
 * (prints the builder command).
 */
public class NativeImageLauncher {

    static final String BUILDER_MODULE = "org.graalvm.nativeimage.builder";
    static final String BUILDER_MAIN = "com.oracle.svm.hosted.NativeImageGeneratorRunner";

    /** META-INF/native-image files and the builder option that names each to the builder. */
    static final Map<String, String> CONFIG_RESOURCES = Map.of(
            "reflect-config.json", "ReflectionConfigurationResources",
            "resource-config.json", "ResourceConfigurationResources",
            "jni-config.json", "JNIConfigurationResources",
            "proxy-config.json", "DynamicProxyConfigurationResources",
            "serialization-config.json", "SerializationConfigurationResources",
            "predefined-classes-config.json", "PredefinedClassesConfigurationResources",
            "reachability-metadata.json", "ReachabilityMetadataResources");

    record ApiOption(String name, char[] separators, String builderOption, String defaultValue, boolean defaultFinal,
            List<Function<Object, Object>> transformers, String multiValueGroupPrefix, String multiValueBuilderOption) {}

    record Exclude(Pattern jar, Pattern resource) {}

    final Path home;
    final Path javaHome;
    final Path workDir = Path.of("").toAbsolutePath();
    final List<ApiOption> apiOptions = new ArrayList<>();
    final Set<String> hostedOptionNames = new TreeSet<>();
    final List<String> javaArgs = new ArrayList<>();
    final List<String> builderArgs = new ArrayList<>();
    final LinkedHashSet<Path> imageClasspath = new LinkedHashSet<>();
    final LinkedHashSet<String> addModules = new LinkedHashSet<>();
    final List<Exclude> excludes = new ArrayList<>();
    final List<String> leftovers = new ArrayList<>();
    final Set<Path> processedMetaInf = new LinkedHashSet<>();
    boolean jarMode;
    boolean verbose = Boolean.parseBoolean(System.getenv("NATIVE_IMAGE_VERBOSE"));

    NativeImageLauncher(Path home) {
        this.home = home;
        this.javaHome = home;
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("native-image.home")).toAbsolutePath().normalize();
        NativeImageLauncher launcher = new NativeImageLauncher(home);
        List<String> all = new ArrayList<>(List.of(args));
        String extra = System.getenv("NATIVE_IMAGE_EXTRA_ARGS");
        if (extra != null && !extra.isBlank()) {
            all.addAll(List.of(extra.trim().split("\\s+")));
        }
        if (all.contains("--version") || all.contains("-version")) {
            launcher.printVersion();
            return;
        }
        System.exit(launcher.run(all));
    }

    void printVersion() throws IOException {
        // The first line is what Quarkus parses (io.quarkus.deployment.pkg.steps.GraalVM.Version).
        Properties release = release();
        String graal = release.getProperty("GRAALVM_VERSION", "unknown");
        String jdk = System.getProperty("java.runtime.version");
        System.out.println("native-image " + graal + " " + System.getProperty("java.version.date"));
        System.out.println("OpenJDK Runtime Environment Mandrel-" + graal + "-campus (build " + jdk + ")");
        System.out.println("OpenJDK 64-Bit Server VM Mandrel-" + graal + "-campus (build " + jdk + ", mixed mode)");
    }

    Properties release() throws IOException {
        Properties p = new Properties();
        Path file = home.resolve("lib/svm/campus-toolchain.properties");
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            }
        }
        return p;
    }

    int run(List<String> args) throws Exception {
        loadApiOptions();
        parse(new ArrayDeque<>(expandArgFiles(args)), "command line");
        if (jarMode) {
            if (!leftovers.isEmpty()) {
                builderArgs.add("-H:Name=" + leftovers.removeFirst());
            }
        } else if (!leftovers.isEmpty()) {
            builderArgs.add("-H:Class=" + leftovers.removeFirst());
            if (!leftovers.isEmpty()) {
                builderArgs.add("-H:Name=" + leftovers.removeFirst());
            }
        }
        if (!leftovers.isEmpty()) {
            return fail("Unrecognized arguments: " + leftovers);
        }
        for (Path entry : List.copyOf(imageClasspath)) {
            processMetaInf(entry);
        }
        return build();
    }

    // ---------------------------------------------------------------- options

    void loadApiOptions() {
        EconomicMap<String, OptionDescriptor> hosted = EconomicMap.create();
        EconomicMap<String, OptionDescriptor> runtime = EconomicMap.create();
        com.oracle.svm.hosted.option.HostedOptionParser.collectOptions(jdk.graal.compiler.options.OptionsContainer.getDiscoverableOptions(NativeImageLauncher.class.getClassLoader()), hosted, runtime);
        for (OptionDescriptor d : hosted.getValues()) {
            hostedOptionNames.add(d.getName());
            addApiOptions("-H:", d);
        }
        for (OptionDescriptor d : runtime.getValues()) {
            addApiOptions("-R:", d);
        }
        for (String option : CONFIG_RESOURCES.values()) {
            if (!hostedOptionNames.contains(option)) {
                throw new IllegalStateException("This builder has no option -H:" + option + "; update NativeImageLauncher.CONFIG_RESOURCES");
            }
        }
    }

    void addApiOptions(String prefix, OptionDescriptor d) {
        boolean isBoolean = d.getOptionValueType().equals(Boolean.class);
        for (APIOption api : OptionUtils.getAnnotationsByType(d, APIOption.class)) {
            List<Function<Object, Object>> transformers = new ArrayList<>();
            for (Class<? extends Function<Object, Object>> t : api.valueTransformer()) {
                try {
                    var constructor = t.getDeclaredConstructor();
                    constructor.setAccessible(true);
                    transformers.add(constructor.newInstance());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot create value transformer " + t.getName(), e);
                }
            }
            String defaultValue = api.fixedValue().length > 0 ? api.fixedValue()[0] : api.defaultValue().length > 0 ? api.defaultValue()[0] : null;
            if (isBoolean) {
                String builderOption = prefix + (api.kind() == APIOption.APIOptionKind.Negated ? "-" : "+") + d.getName();
                if (api.group() != APIOption.NullGroup.class) {
                    APIOptionGroup group = newInstance(api.group());
                    String groupPrefix = APIOption.Utils.groupName(group);
                    if (group.multiValueOption() != null) {
                        apiOptions.add(new ApiOption(groupPrefix, new char[0], builderOption, null, true, List.of(),
                                APIOption.Utils.optionName(group.name()), "-H:" + group.multiValueOption().getName()));
                    }
                    for (String variant : api.name()) {
                        apiOptions.add(new ApiOption(groupPrefix + variant, new char[0], builderOption, null, true, List.of(), null, null));
                    }
                } else {
                    for (String variant : api.name()) {
                        apiOptions.add(new ApiOption(APIOption.Utils.optionName(variant), new char[0], builderOption, null, true, List.of(), null, null));
                    }
                }
            } else {
                for (String variant : api.name()) {
                    apiOptions.add(new ApiOption(APIOption.Utils.optionName(variant), api.valueSeparator(), prefix + d.getName() + "=",
                            defaultValue, api.fixedValue().length > 0, transformers, null, null));
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T newInstance(Class<? extends T> type) {
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The builder option for an API option at the head of args (consumed), or null. */
    String translate(Deque<String> args) {
        String head = args.peek();
        for (ApiOption o : apiOptions) {
            if (o.multiValueGroupPrefix() != null) {
                if (head.startsWith(o.name())) {
                    args.poll();
                    return head.replace(o.multiValueGroupPrefix(), o.multiValueBuilderOption());
                }
                continue;
            }
            if ((o.defaultFinal() || o.defaultValue() != null) && head.equals(o.name())) {
                args.poll();
                return o.defaultValue() == null ? o.builderOption() : o.builderOption() + transform(o, o.defaultValue());
            }
            for (char separator : o.separators()) {
                if (separator == APIOption.WHITESPACE_SEPARATOR && head.equals(o.name())) {
                    args.poll();
                    String value = args.poll();
                    if (value == null) {
                        throw new IllegalArgumentException(head + " requires an argument");
                    }
                    return o.builderOption() + transform(o, value);
                }
                String withSeparator = o.name() + APIOption.Utils.valueSeparatorToString(separator);
                if (separator != APIOption.WHITESPACE_SEPARATOR && head.startsWith(withSeparator)) {
                    args.poll();
                    return o.builderOption() + transform(o, head.substring(withSeparator.length()));
                }
            }
        }
        return null;
    }

    static String transform(ApiOption o, String value) {
        Object v = value;
        for (Function<Object, Object> t : o.transformers()) {
            v = t.apply(v);
        }
        return v.toString();
    }

    void parse(Deque<String> args, String origin) throws IOException {
        while (!args.isEmpty()) {
            String arg = args.peek();
            if (arg.isEmpty()) {
                args.poll();
            } else if (arg.startsWith("-J")) {
                javaArgs.add(args.poll().substring(2));
            } else if (arg.startsWith("-D")) {
                javaArgs.add(args.poll());
            } else if (arg.startsWith("-H:") || arg.startsWith("-R:")) {
                builderArgs.add(args.poll());
            } else if (arg.equals("-cp") || arg.equals("-classpath") || arg.equals("--class-path")) {
                args.poll();
                for (String entry : required(args, arg).split(java.io.File.pathSeparator)) {
                    addClasspath(workDir.resolve(entry).normalize());
                }
            } else if (arg.startsWith("--class-path=")) {
                for (String entry : args.poll().substring("--class-path=".length()).split(java.io.File.pathSeparator)) {
                    addClasspath(workDir.resolve(entry).normalize());
                }
            } else if (arg.equals("-jar")) {
                args.poll();
                addJar(workDir.resolve(required(args, arg)).normalize());
            } else if (arg.equals("--exclude-config")) {
                args.poll();
                Pattern jar = Pattern.compile(required(args, arg));
                excludes.add(new Exclude(jar, Pattern.compile(required(args, arg))));
            } else if (arg.startsWith("--add-modules=")) {
                addModules.addAll(List.of(args.poll().substring("--add-modules=".length()).split(",")));
            } else if (arg.equals("--add-modules")) {
                args.poll();
                addModules.addAll(List.of(required(args, arg).split(",")));
            } else if (arg.equals("--verbose")) {
                args.poll();
                verbose = true;
            } else {
                String translated = translate(args);
                if (translated != null) {
                    builderArgs.add(translated);
                } else if (arg.startsWith("-")) {
                    throw new IllegalArgumentException("Unsupported native-image option '" + arg + "' (from " + origin
                            + "): native/toolchain/NativeImageLauncher.java does not handle it yet");
                } else {
                    leftovers.add(args.poll());
                }
            }
        }
    }

    static String required(Deque<String> args, String option) {
        String value = args.poll();
        if (value == null) {
            throw new IllegalArgumentException(option + " requires an argument");
        }
        return value;
    }

    static List<String> expandArgFiles(List<String> args) throws IOException {
        List<String> result = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("@") && arg.length() > 1) {
                for (String line : Files.readAllLines(Path.of(arg.substring(1)))) {
                    if (!line.isBlank()) {
                        result.add(line.strip());
                    }
                }
            } else {
                result.add(arg);
            }
        }
        return result;
    }

    void addClasspath(Path entry) {
        imageClasspath.add(entry);
    }

    void addJar(Path jar) throws IOException {
        jarMode = true;
        addClasspath(jar);
        try (JarFile file = new JarFile(jar.toFile())) {
            var manifest = file.getManifest();
            if (manifest == null || manifest.getMainAttributes().getValue("Main-Class") == null) {
                throw new IllegalArgumentException("No Main-Class in the manifest of " + jar);
            }
            var main = manifest.getMainAttributes();
            builderArgs.add("-H:Class=" + main.getValue("Main-Class"));
            String classPath = main.getValue("Class-Path");
            if (classPath != null) {
                for (String entry : classPath.trim().split(" +")) {
                    Path path = jar.getParent().resolve(entry).normalize();
                    if (Files.exists(path)) {
                        addClasspath(path);
                    }
                }
            }
            for (String attribute : List.of("Add-Opens", "Add-Exports")) {
                String value = main.getValue(attribute);
                if (value != null) {
                    for (String module : value.trim().split(" +")) {
                        builderArgs.add("-H:" + (attribute.equals("Add-Opens") ? "AddOpens" : "AddExports") + "=" + module + "=ALL-UNNAMED");
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- META-INF/native-image

    void processMetaInf(Path entry) throws IOException {
        if (!processedMetaInf.add(entry) || !Files.exists(entry)) {
            return;
        }
        if (Files.isDirectory(entry)) {
            walkMetaInf(entry, entry);
        } else if (entry.toString().endsWith(".jar")) {
            try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + entry.toUri()), Map.of())) {
                walkMetaInf(entry, fs.getPath("/"));
            }
        }
    }

    void walkMetaInf(Path entry, Path root) throws IOException {
        Path metaInf = root.resolve("META-INF").resolve("native-image");
        if (!Files.isDirectory(metaInf)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(metaInf)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            String resourcePath = "/" + root.relativize(file).toString();
            if (excludes.stream().anyMatch(e -> e.jar().matcher(entry.toString()).find() && e.resource().matcher(resourcePath).find())) {
                continue;
            }
            if (name.equals("native-image.properties")) {
                Properties properties = new Properties();
                try (InputStream in = Files.newInputStream(file)) {
                    properties.load(in);
                }
                Path componentDir = root.relativize(file).getParent();
                Function<String, String> resolve = value -> value.replace("${.}", componentDir.toString());
                String imageName = properties.getProperty("ImageName");
                if (imageName != null) {
                    builderArgs.add("-H:Name=" + resolve.apply(imageName.trim()));
                }
                String javaArgsValue = properties.getProperty("JavaArgs");
                if (javaArgsValue != null) {
                    for (String arg : javaArgsValue.trim().split("\\s+")) {
                        if (!arg.isEmpty()) {
                            javaArgs.add(resolve.apply(arg));
                        }
                    }
                }
                String argsValue = properties.getProperty("Args");
                if (argsValue != null) {
                    Deque<String> queue = new ArrayDeque<>();
                    for (String arg : argsValue.trim().split("\\s+")) {
                        if (!arg.isEmpty()) {
                            queue.add(resolve.apply(arg));
                        }
                    }
                    parse(queue, entry + "!" + resourcePath);
                }
            } else if (CONFIG_RESOURCES.containsKey(name)) {
                builderArgs.add("-H:" + CONFIG_RESOURCES.get(name) + "=" + root.relativize(file));
            }
        }
    }

    // ---------------------------------------------------------------- the builder

    int build() throws IOException, InterruptedException {
        Path builderDir = home.resolve("lib/svm/builder");
        List<Path> modulePath;
        try (Stream<Path> jars = Files.list(builderDir)) {
            modulePath = jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
        List<Path> upgradeModulePath;
        try (Stream<Path> jars = Files.list(home.resolve("lib/jvmci"))) {
            upgradeModulePath = jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
        Set<String> builderModules = new LinkedHashSet<>();
        for (ModuleReference ref : ModuleFinder.of(modulePath.toArray(Path[]::new)).findAll()) {
            builderModules.add(ref.descriptor().name());
        }
        Set<String> exportTargets = new LinkedHashSet<>(builderModules);
        for (ModuleReference ref : ModuleFinder.of(upgradeModulePath.toArray(Path[]::new)).findAll()) {
            exportTargets.add(ref.descriptor().name());
        }

        List<String> jvm = new ArrayList<>();
        jvm.add("-XX:+UseParallelGC");
        jvm.add("-XX:+UnlockExperimentalVMOptions");
        jvm.add("-XX:+EnableJVMCI");
        jvm.add("-XX:-UseJVMCICompiler");
        jvm.add("-Xss10m");
        if (javaArgs.stream().noneMatch(a -> a.startsWith("-Xmx"))) {
            jvm.add("-XX:MaxRAMPercentage=50");
        }
        jvm.add("-Djava.awt.headless=true");
        Properties release = release();
        jvm.add("-Dorg.graalvm.vendor=" + release.getProperty("GRAALVM_VENDOR", "campus-careers native/toolchain.sh"));
        jvm.add("-Dorg.graalvm.vendorurl=https://www.graalvm.org/");
        jvm.add("-Dorg.graalvm.vendorversion=Mandrel-" + release.getProperty("GRAALVM_VERSION", "dev") + "-campus");
        jvm.add("-Dorg.graalvm.version=" + release.getProperty("GRAALVM_VERSION", "dev"));
        jvm.add("-Dcom.oracle.graalvm.isaot=true");
        jvm.add("-Djava.system.class.loader=com.oracle.svm.hosted.NativeImageSystemClassLoader");
        jvm.add("-Dorg.graalvm.nativeimage.imagecode=buildtime");
        jvm.add("-Xshare:off");
        jvm.add("-Djdk.internal.lambda.disableEagerInitialization=true");
        jvm.add("-Djdk.internal.lambda.eagerlyInitialize=false");
        jvm.add("-Djava.lang.invoke.InnerClassLambdaMetafactory.initializeLambdas=false");
        jvm.add("-Djava.lang.invoke.MethodHandle.DONT_INLINE_THRESHOLD=-1");
        jvm.add("-Djava.lang.invoke.MethodHandle.PROFILE_GWT=false");
        for (String export : Files.readAllLines(home.resolve("lib/svm/builder-exports.txt"))) {
            if (!export.isBlank()) {
                jvm.add("--add-exports=" + export.strip() + "=" + String.join(",", exportTargets));
            }
        }
        jvm.addAll(javaArgs);
        jvm.add("--enable-native-access=" + String.join(",", builderModules));
        jvm.add("--add-modules=ALL-DEFAULT" + (addModules.isEmpty() ? "" : "," + String.join(",", addModules)));
        jvm.add("--upgrade-module-path");
        jvm.add(upgradeModulePath.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator)));
        jvm.add("--module-path");
        jvm.add(modulePath.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator)));
        jvm.add("--module");
        jvm.add(BUILDER_MODULE + "/" + BUILDER_MAIN);

        Path clibraries = home.resolve("lib/svm/clibraries");
        Path platform = clibraries.resolve("linux-amd64");
        List<String> image = new ArrayList<>();
        image.add("-imagecp");
        image.add(imageClasspath.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator)));
        image.add("-H:CLibraryPath=" + platform.resolve("glibc") + "," + platform + "," + clibraries);
        image.add("-H:Path=" + workDir);
        image.addAll(builderArgs);
        if (builderArgs.stream().noneMatch(a -> a.startsWith("-H:Name="))) {
            String main = builderArgs.stream().filter(a -> a.startsWith("-H:Class=")).reduce((a, b) -> b).orElseThrow(
                    () -> new IllegalArgumentException("Please specify the class containing the main entry point (or -jar)"));
            image.add("-H:Name=" + main.substring("-H:Class=".length()).toLowerCase(java.util.Locale.ROOT));
        }
        image.add("-H:ImageBuildID=" + UUID.nameUUIDFromBytes(String.join("\0", image).getBytes(StandardCharsets.UTF_8)));

        Path tempDir = Files.createTempDirectory("native-image-launcher-");
        try {
            Path jvmArgFile = tempDir.resolve("vminvocation.args");
            Files.write(jvmArgFile, jvm.stream().map(NativeImageLauncher::quote).toList());
            Path imageArgFile = tempDir.resolve("native-image.args");
            Files.writeString(imageArgFile, String.join("\0", image));
            List<String> command = new ArrayList<>();
            command.add(javaHome.resolve("bin/java").toString());
            command.add("@" + jvmArgFile);
            command.add("-keepalive");
            command.add("/proc/" + ProcessHandle.current().pid() + "/comm");
            command.add("--image-args-file=" + imageArgFile);
            if (verbose) {
                System.out.println("Executing [");
                jvm.forEach(a -> System.out.println("  " + a));
                image.forEach(a -> System.out.println("  " + a));
                System.out.println("]");
            }
            ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
            Map<String, String> env = pb.environment();
            for (String variable : List.of("JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS", "CLASSPATH", "JAVA_COMPILER")) {
                env.remove(variable);
            }
            env.put("USE_NATIVE_IMAGE_JAVA_PLATFORM_MODULE_SYSTEM", "true");
            env.put("NATIVE_IMAGE_DRIVER_TEMP_DIR", tempDir.toString());
            Process process = pb.start();
            return process.waitFor();
        } finally {
            try (Stream<Path> walk = Files.walk(tempDir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }

    /** Quotes an argument for a JVM @argfile. */
    static String quote(String arg) {
        if (arg.chars().noneMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\'' || c == '\\' || c == '#')) {
            return arg;
        }
        return "\"" + arg.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static int fail(String message) {
        System.err.println("Error: " + message);
        return 1;
    }
}
