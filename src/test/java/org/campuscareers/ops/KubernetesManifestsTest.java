package org.campuscareers.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.campuscareers.common.CampusConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the Kubernetes manifests without a cluster: each overlay is built with
 * {@code kubectl kustomize} (where kubectl is installed; otherwise the base files are read as
 * they are) and parsed with fabric8's model, then checked for what must hold for the service to
 * run: labels and selectors, probes, resources, drain on shutdown, autoscaling and disruption
 * targets, and agreement with application.properties.
 */
class KubernetesManifestsTest {

    static final Path K8S = Path.of("k8s");
    static final Set<String> QUARKUS_HEALTH = Set.of("/q/health/live", "/q/health/ready", "/q/health/started");

    static Stream<String> overlays() {
        return Stream.of("overlays/dev", "overlays/prod");
    }

    record Manifests(String source, List<HasMetadata> items) {

        <T extends HasMetadata> List<T> all(Class<T> type) {
            return items.stream().filter(type::isInstance).map(type::cast).toList();
        }

        <T extends HasMetadata> T one(Class<T> type, String name) {
            return all(type).stream()
                    .filter(i -> name.equals(i.getMetadata().getName()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(source + ": no " + type.getSimpleName() + " " + name));
        }

        GenericKubernetesResource custom(String kind, String name) {
            return all(GenericKubernetesResource.class).stream()
                    .filter(i -> kind.equals(i.getKind())
                            && name.equals(i.getMetadata().getName()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(source + ": no " + kind + " " + name));
        }
    }

    static Manifests build(String overlay) throws IOException, InterruptedException {
        if (kubectlAvailable()) {
            Process kubectl = new ProcessBuilder(
                            "kubectl", "kustomize", K8S.resolve(overlay).toString())
                    .start();
            byte[] out = kubectl.getInputStream().readAllBytes();
            String err = new String(kubectl.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(kubectl.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(kubectl.exitValue())
                    .as("kubectl kustomize %s: %s", overlay, err)
                    .isZero();
            return new Manifests(overlay, parse(new ByteArrayInputStream(out)));
        }
        // Without kubectl: the base as written (no namespace, image not yet rewritten).
        List<HasMetadata> items = new ArrayList<>();
        try (Stream<Path> files = Files.list(K8S.resolve("base"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml") && !f.endsWith("kustomization.yaml"))
                    .sorted()
                    .toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    items.addAll(parse(in));
                }
            }
        }
        return new Manifests("base (kubectl not installed)", items);
    }

    static boolean kubectlAvailable() {
        try {
            return new ProcessBuilder("kubectl", "version", "--client").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static List<HasMetadata> parse(InputStream yaml) {
        Object parsed = Serialization.unmarshal(yaml);
        List<HasMetadata> items = new ArrayList<>();
        if (parsed instanceof List<?> list) {
            list.stream().filter(Objects::nonNull).map(HasMetadata.class::cast).forEach(items::add);
        } else if (parsed != null) {
            items.add((HasMetadata) parsed);
        }
        return items;
    }

    static Properties applicationProperties() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        return properties;
    }

    /** The keys of the service's own settings, read off the typed mapping where their defaults live. */
    static List<String> campusSettings(Class<?> mapping, String prefix) {
        List<String> keys = new ArrayList<>();
        for (Method method : mapping.getDeclaredMethods()) {
            String key = prefix + "."
                    + method.getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
            if (method.getReturnType().isInterface()
                    && method.getReturnType().getEnclosingClass() == CampusConfig.class) {
                keys.addAll(campusSettings(method.getReturnType(), key));
            } else {
                keys.add(key);
            }
        }
        return keys;
    }

    /** The environment variable name MicroProfile Config maps to a property name. */
    static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldSelectTheApiPodsEverywhere(String overlay) throws Exception {
        Manifests m = build(overlay);
        Deployment deployment = m.one(Deployment.class, "campus-careers");
        Map<String, String> podLabels =
                deployment.getSpec().getTemplate().getMetadata().getLabels();
        assertThat(podLabels)
                .containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
        assertThat(deployment.getSpec().getReplicas()).isGreaterThanOrEqualTo(2);

        Service service = m.one(Service.class, "campus-careers");
        assertThat(podLabels).containsAllEntriesOf(service.getSpec().getSelector());
        PodDisruptionBudget pdb = m.one(PodDisruptionBudget.class, "campus-careers");
        assertThat(podLabels).containsAllEntriesOf(pdb.getSpec().getSelector().getMatchLabels());
        NetworkPolicy policy = m.one(NetworkPolicy.class, "campus-careers");
        assertThat(podLabels)
                .containsAllEntriesOf(policy.getSpec().getPodSelector().getMatchLabels());
        // The migration Job's pods are not API pods: the Service must not route to them.
        Job migrate = m.one(Job.class, "campus-careers-migrate");
        assertThat(migrate.getSpec().getTemplate().getMetadata().getLabels())
                .doesNotContainEntry("app.kubernetes.io/component", "api");

        // The Service's target port is the container's named port, the Ingress's backend is the Service.
        Container app =
                deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        String targetPort = service.getSpec().getPorts().get(0).getTargetPort().getStrVal();
        assertThat(app.getPorts()).anyMatch(p -> p.getName().equals(targetPort) && p.getContainerPort() == 8080);
        Ingress ingress = m.one(Ingress.class, "campus-careers");
        ingress.getSpec()
                .getRules()
                .forEach(rule -> rule.getHttp().getPaths().forEach(path -> {
                    assertThat(path.getBackend().getService().getName())
                            .isEqualTo(service.getMetadata().getName());
                    assertThat(path.getBackend().getService().getPort().getName())
                            .isEqualTo(service.getSpec().getPorts().get(0).getName());
                }));
        assertThat(ingress.getSpec().getRules())
                .flatExtracting(r -> r.getHttp().getPaths())
                .extracting(p -> p.getPath())
                .contains("/graphql");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldProbeQuarkusHealthEndpointsOnTheServingPort(String overlay) throws Exception {
        Container app = m(overlay)
                .one(Deployment.class, "campus-careers")
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .get(0);
        Properties properties = applicationProperties();
        int port = Integer.parseInt(properties.getProperty("quarkus.http.port", "8080"));
        assertThat(properties.getProperty("quarkus.smallrye-health.root-path"))
                .as("health moved from /q/health")
                .isNull();
        Map<String, Probe> probes = Map.of(
                "/q/health/started",
                app.getStartupProbe(),
                "/q/health/live",
                app.getLivenessProbe(),
                "/q/health/ready",
                app.getReadinessProbe());
        probes.forEach((path, probe) -> {
            assertThat(probe).as("probe for %s", path).isNotNull();
            assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
            IntOrString probePort = probe.getHttpGet().getPort();
            int resolved = probePort.getIntVal() != null
                    ? probePort.getIntVal()
                    : app.getPorts().stream()
                            .filter(p -> p.getName().equals(probePort.getStrVal()))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError("no port named " + probePort.getStrVal()))
                            .getContainerPort();
            assertThat(resolved).isEqualTo(port);
        });
        assertThat(QUARKUS_HEALTH).containsAll(probes.keySet());
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldGiveEveryContainerRequestsAndLimits(String overlay) throws Exception {
        Manifests m = m(overlay);
        List<PodSpec> pods = new ArrayList<>();
        m.all(Deployment.class).forEach(d -> pods.add(d.getSpec().getTemplate().getSpec()));
        m.all(Job.class).forEach(j -> pods.add(j.getSpec().getTemplate().getSpec()));
        assertThat(pods).hasSizeGreaterThanOrEqualTo(2);
        for (PodSpec pod : pods) {
            for (Container container : Stream.concat(
                            pod.getContainers().stream(),
                            pod.getInitContainers() == null ? Stream.empty() : pod.getInitContainers().stream())
                    .toList()) {
                assertThat(container.getResources().getRequests())
                        .as(container.getName())
                        .containsKeys("cpu", "memory");
                assertThat(container.getResources().getLimits())
                        .as(container.getName())
                        .containsKey("memory");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldLetLiveSubscriptionsDrainBeforeThePodStops(String overlay) throws Exception {
        Manifests m = m(overlay);
        PodSpec pod = m.one(Deployment.class, "campus-careers")
                .getSpec()
                .getTemplate()
                .getSpec();
        Container app = pod.getContainers().get(0);
        List<String> preStop = app.getLifecycle().getPreStop().getExec().getCommand();
        assertThat(preStop.get(0)).isEqualTo("sleep");
        long preStopSeconds = Long.parseLong(preStop.get(1));
        String delay = m.one(ConfigMap.class, "campus-careers-config").getData().get("QUARKUS_SHUTDOWN_DELAY");
        long delaySeconds = Long.parseLong(delay.replace("s", ""));
        assertThat(applicationProperties().getProperty("quarkus.shutdown.delay-enabled"))
                .isEqualTo("true");
        // Quarkus's own shutdown timeout (30 s by default) must fit after the preStop and the delay.
        assertThat(pod.getTerminationGracePeriodSeconds()).isGreaterThanOrEqualTo(preStopSeconds + delaySeconds + 30);
        Ingress ingress = m.one(Ingress.class, "campus-careers");
        assertThat(ingress.getMetadata().getAnnotations())
                .containsEntry("nginx.ingress.kubernetes.io/proxy-read-timeout", "3600")
                .containsEntry("nginx.ingress.kubernetes.io/proxy-send-timeout", "3600");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldAutoscaleAndProtectTheDeployment(String overlay) throws Exception {
        Manifests m = m(overlay);
        Deployment deployment = m.one(Deployment.class, "campus-careers");
        HorizontalPodAutoscaler hpa = m.one(HorizontalPodAutoscaler.class, "campus-careers");
        assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(hpa.getSpec().getScaleTargetRef().getApiVersion()).isEqualTo("apps/v1");
        assertThat(hpa.getSpec().getScaleTargetRef().getName())
                .isEqualTo(deployment.getMetadata().getName());
        assertThat(hpa.getSpec().getMinReplicas())
                .isGreaterThanOrEqualTo(2)
                .isLessThanOrEqualTo(deployment.getSpec().getReplicas());
        assertThat(hpa.getSpec().getMaxReplicas()).isGreaterThan(hpa.getSpec().getMinReplicas());
        // The HPA's CPU target is a share of the request, so the container needs one.
        assertThat(deployment
                        .getSpec()
                        .getTemplate()
                        .getSpec()
                        .getContainers()
                        .get(0)
                        .getResources()
                        .getRequests())
                .containsKey("cpu");
        PodDisruptionBudget pdb = m.one(PodDisruptionBudget.class, "campus-careers");
        // A PDB that allows no disruption would block node drains forever.
        assertThat(pdb.getSpec().getMaxUnavailable().getIntVal())
                .isBetween(1, deployment.getSpec().getReplicas() - 1);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldAgreeWithTheApplicationsConfiguration(String overlay) throws Exception {
        Manifests m = m(overlay);
        Properties properties = applicationProperties();
        Set<String> knownEnv = properties.stringPropertyNames().stream()
                .map(key -> key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key)
                .map(KubernetesManifestsTest::envName)
                .collect(Collectors.toCollection(TreeSet::new));
        campusSettings(CampusConfig.class, "campus").stream()
                .map(KubernetesManifestsTest::envName)
                .forEach(knownEnv::add);
        // Settings production takes from its environment (CampusCareersMain and the README), and
        // those the migration design needs (migrate-job.yaml).
        Set<String> requiredEnv = Set.of(
                "QUARKUS_DATASOURCE_JDBC_URL",
                "QUARKUS_OIDC_AUTH_SERVER_URL",
                "QUARKUS_DATASOURCE_USERNAME",
                "QUARKUS_DATASOURCE_PASSWORD");
        knownEnv.addAll(requiredEnv);
        knownEnv.addAll(Set.of("QUARKUS_FLYWAY_VALIDATE_AT_START", "QUARKUS_INIT_AND_EXIT", "JAVA_OPTS_APPEND"));

        ConfigMap config = m.one(ConfigMap.class, "campus-careers-config");
        assertThat(knownEnv)
                .as("ConfigMap keys that the application does not read")
                .containsAll(config.getData().keySet());
        assertThat(config.getData()).containsEntry("QUARKUS_FLYWAY_MIGRATE_AT_START", "false");

        String application = properties.getProperty("quarkus.application.name");
        for (PodSpec pod : List.of(
                m.one(Deployment.class, "campus-careers")
                        .getSpec()
                        .getTemplate()
                        .getSpec(),
                m.one(Job.class, "campus-careers-migrate")
                        .getSpec()
                        .getTemplate()
                        .getSpec())) {
            Container container = pod.getContainers().get(0);
            String image = container.getImage();
            String repository = image.contains(":") ? image.substring(0, image.lastIndexOf(':')) : image;
            assertThat(repository.substring(repository.lastIndexOf('/') + 1)).isEqualTo(application);
            Set<String> provided = new TreeSet<>(config.getData().keySet());
            container.getEnv().stream().map(EnvVar::getName).forEach(provided::add);
            assertThat(provided).containsAll(requiredEnv);
            assertThat(knownEnv)
                    .containsAll(
                            container.getEnv().stream().map(EnvVar::getName).toList());
            // Credentials only by reference: no literal value for a password in any manifest.
            container.getEnv().stream()
                    .filter(e -> e.getName().contains("PASSWORD"))
                    .forEach(e -> assertThat(e.getValueFrom().getSecretKeyRef().getName())
                            .isNotBlank());
        }
        Job migrate = m.one(Job.class, "campus-careers-migrate");
        assertThat(migrate.getSpec()
                        .getTemplate()
                        .getSpec()
                        .getContainers()
                        .get(0)
                        .getEnv())
                .anyMatch(e -> e.getName().equals("QUARKUS_FLYWAY_MIGRATE_AT_START") && "true".equals(e.getValue()))
                .anyMatch(e -> e.getName().equals("QUARKUS_INIT_AND_EXIT") && "true".equals(e.getValue()));
        assertThat(m.all(HasMetadata.class)).noneMatch(i -> i.getKind().equals("Secret"));
        // The JDBC URL points at the CloudNativePG cluster's read-write service.
        GenericKubernetesResource cluster = m.custom("Cluster", "campus-db");
        assertThat(config.getData().get("QUARKUS_DATASOURCE_JDBC_URL"))
                .startsWith("jdbc:postgresql://campus-db-rw:5432/");
        assertThat(cluster.get("spec", "backup", "barmanObjectStore", "s3Credentials", "accessKeyId", "name")
                        .toString())
                .isNotBlank();
        // The realm the service trusts is the one imported into Keycloak, with the roles it checks.
        GenericKubernetesResource realm = m.custom("KeycloakRealmImport", "campus-realm");
        assertThat(config.getData().get("QUARKUS_OIDC_AUTH_SERVER_URL"))
                .endsWith("/realms/" + realm.get("spec", "realm", "realm"));
        assertThat(realm.get("spec", "keycloakCRName").toString())
                .isEqualTo(m.custom("Keycloak", "campus-keycloak").getMetadata().getName());
        List<Map<String, Object>> roles = realm.get("spec", "realm", "roles", "realm");
        assertThat(roles).extracting(r -> r.get("name")).contains("graduate", "employer", "staff", "admin");
    }

    private static Manifests m(String overlay) throws IOException, InterruptedException {
        return build(overlay);
    }
}
