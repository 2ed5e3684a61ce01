package org.campuscareers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The arrows between features go one way, through services: each feature may use only the
 * features listed for it below, never another feature's repository, and {@code common} uses none.
 * A new feature adds its row here, naming what it builds on.
 */
class ArchitectureTest {

    static final Path SOURCES = Path.of("src/main/java/org/campuscareers");

    /** Each feature and the features it may import. */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("common", Set.of()),
            Map.entry("employer", Set.of("common")),
            Map.entry("posting", Set.of("common", "employer")),
            Map.entry("graduate", Set.of("common")),
            Map.entry("live", Set.of("common", "employer", "posting", "graduate")),
            Map.entry("application", Set.of("common", "employer", "posting", "graduate", "live", "outcome")),
            Map.entry("guidance", Set.of("common", "graduate", "live")),
            Map.entry("outcome", Set.of("common", "employer", "posting", "graduate")),
            Map.entry("report", Set.of("common", "posting", "live", "application", "outcome")),
            Map.entry("ops", Set.of("common", "live")),
            Map.entry("support", Set.of("common", "graduate", "outcome")),
            Map.entry("relations", Set.of("common", "employer", "posting", "graduate", "outcome")));

    static final Pattern IMPORT =
            Pattern.compile("^import (?:static )?org\\.campuscareers\\.(\\w+)\\.([\\w.]+);", Pattern.MULTILINE);

    @Test
    void shouldImportOnlyTheFeaturesEachFeatureBuildsOnAndNoOtherFeaturesRepository() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue; // the application's main class
                }
                String feature = relative.getName(0).toString();
                Set<String> allowed = ALLOWED.get(feature);
                if (allowed == null) {
                    violations.add(relative + ": feature '" + feature + "' has no row in ArchitectureTest.ALLOWED");
                    continue;
                }
                Matcher imports = IMPORT.matcher(Files.readString(file));
                while (imports.find()) {
                    String target = imports.group(1);
                    String type = imports.group(2);
                    if (target.equals(feature)) {
                        continue;
                    }
                    if (!allowed.contains(target)) {
                        violations.add(relative + " imports " + target + "." + type);
                    } else if (type.endsWith("Repository") && !target.equals("common")) {
                        violations.add(relative + " reads another feature's repository " + target + "." + type);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void shouldKeepTheDomainOfTheLiveFeatureFreeOfGraphQlEngineTypes() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES.resolve("live"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (!file.toString().contains("/graphql/")
                        && Files.readString(file).contains("\nimport graphql.")) {
                    violations.add(SOURCES.relativize(file).toString());
                }
            }
        }
        assertThat(violations).isEmpty();
    }
}
