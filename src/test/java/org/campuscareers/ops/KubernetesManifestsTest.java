package org.campuscareers.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.campuscareers.common.CampusConfig;
import org.junit.jupiter.api.Test;
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
        // The JVM's and glibc's, read by the image's run-java.sh and by malloc (configmap.yaml says why).
        knownEnv.addAll(Set.of(
                "QUARKUS_FLYWAY_VALIDATE_AT_START",
                "QUARKUS_INIT_AND_EXIT",
                "JAVA_OPTS_APPEND",
                "GC_CONTAINER_OPTIONS",
                "MALLOC_ARENA_MAX"));

        ConfigMap config = m.one(ConfigMap.class, "campus-careers-config");
        assertThat(knownEnv)
                .as("ConfigMap keys that the application does not read")
                .containsAll(config.getData().keySet());
        assertThat(config.getData()).containsEntry("QUARKUS_FLYWAY_MIGRATE_AT_START", "false");
        // The benchmarks start the service with production's JVM options, all but the heap.
        Set<String> production = jvmOptionsButHeap(config.getData().get("JAVA_OPTS_APPEND") + " "
                + config.getData().get("GC_CONTAINER_OPTIONS"));
        Set<String> benchmarks = jvmOptionsButHeap(Files.readString(Path.of("bench/service-jvm.options")));
        assertThat(benchmarks)
                .as("bench/service-jvm.options against configmap.yaml's JVM options, -Xmx aside")
                .isEqualTo(production);

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

    // --- The cluster's own defences ---------------------------------------------------------------

    static final Map<String, String> API = Map.of("app.kubernetes.io/name", "campus-careers");
    static final Map<String, String> CAMPUS_DB = Map.of("cnpg.io/cluster", "campus-db");
    static final Map<String, String> KEYCLOAK_DB = Map.of("cnpg.io/cluster", "keycloak-db");
    static final Map<String, String> KEYCLOAK =
            Map.of("app", "keycloak", "app.kubernetes.io/instance", "campus-keycloak");
    static final Map<String, String> KEYCLOAK_MANAGED = Map.of("app.kubernetes.io/managed-by", "keycloak-operator");
    static final Map<String, String> KEYCLOAK_OPERATOR = Map.of("app.kubernetes.io/name", "keycloak-operator");
    static final Map<String, String> KUBE_DNS = Map.of("k8s-app", "kube-dns");

    /** One allowed peer of a NetworkPolicy rule: pods with these labels, in namespaces with those. */
    record Peer(Map<String, String> pods, Map<String, String> namespaces) {

        static Peer pods(Map<String, String> labels) {
            return new Peer(labels, null);
        }

        static Peer namespace(String name) {
            return new Peer(null, Map.of("kubernetes.io/metadata.name", name));
        }

        static Peer of(NetworkPolicyPeer peer) {
            assertThat(peer.getIpBlock())
                    .as("ipBlock peers admit addresses, not pods")
                    .isNull();
            return new Peer(
                    peer.getPodSelector() == null
                            ? null
                            : Objects.requireNonNullElse(peer.getPodSelector().getMatchLabels(), Map.of()),
                    peer.getNamespaceSelector() == null
                            ? null
                            : Objects.requireNonNullElse(
                                    peer.getNamespaceSelector().getMatchLabels(), Map.of()));
        }
    }

    /** The policy that selects pods with these labels for ingress; fails if there is none. */
    static NetworkPolicy ingressPolicyFor(Manifests m, Map<String, String> podLabels) {
        return m.all(NetworkPolicy.class).stream()
                .filter(p -> p.getSpec().getPolicyTypes().contains("Ingress"))
                .filter(p -> podLabels
                        .entrySet()
                        .containsAll(
                                p.getSpec().getPodSelector().getMatchLabels().entrySet()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(m.source() + ": no NetworkPolicy for pods " + podLabels));
    }

    static List<Peer> sources(NetworkPolicy policy) {
        List<Peer> peers = new ArrayList<>();
        for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
            assertThat(rule.getFrom())
                    .as(
                            "%s: a rule without from admits every pod",
                            policy.getMetadata().getName())
                    .isNotEmpty();
            rule.getFrom().stream().map(Peer::of).forEach(peers::add);
        }
        return peers;
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldLetOnlyTheApiAndTheOperatorsReachTheDatabasesAndKeycloak(String overlay) throws Exception {
        Manifests m = m(overlay);
        Map<String, String> apiPods = m.one(Deployment.class, "campus-careers")
                .getSpec()
                .getTemplate()
                .getMetadata()
                .getLabels();
        Map<String, String> migratePods = m.one(Job.class, "campus-careers-migrate")
                .getSpec()
                .getTemplate()
                .getMetadata()
                .getLabels();
        assertThat(apiPods).containsAllEntriesOf(API);
        assertThat(migratePods).containsAllEntriesOf(API);

        assertThat(sources(ingressPolicyFor(m, CAMPUS_DB)))
                .containsOnly(Peer.pods(API), Peer.pods(CAMPUS_DB), Peer.namespace("cnpg-system"));
        assertThat(sources(ingressPolicyFor(m, KEYCLOAK_DB)))
                .containsOnly(Peer.pods(KEYCLOAK_MANAGED), Peer.pods(KEYCLOAK_DB), Peer.namespace("cnpg-system"));
        assertThat(sources(ingressPolicyFor(m, KEYCLOAK)))
                .containsOnly(
                        Peer.namespace("ingress-nginx"),
                        Peer.pods(API),
                        Peer.pods(KEYCLOAK_OPERATOR),
                        Peer.pods(KEYCLOAK));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldLimitApiEgressToTheDatabaseKeycloakAndDns(String overlay) throws Exception {
        NetworkPolicy api = m(overlay).one(NetworkPolicy.class, "campus-careers");
        assertThat(api.getSpec().getPolicyTypes()).contains("Egress");
        List<Peer> destinations = new ArrayList<>();
        for (NetworkPolicyEgressRule rule : api.getSpec().getEgress()) {
            assertThat(rule.getTo())
                    .as("an egress rule without to opens every address")
                    .isNotEmpty();
            rule.getTo().stream().map(Peer::of).forEach(destinations::add);
        }
        // Keycloak directly, or through the ingress controller that serves its public issuer URL.
        assertThat(destinations)
                .containsOnly(
                        new Peer(KUBE_DNS, Map.of()),
                        Peer.pods(CAMPUS_DB),
                        Peer.pods(KEYCLOAK),
                        Peer.namespace("ingress-nginx"));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldMountNoServiceAccountToken(String overlay) throws Exception {
        Manifests m = m(overlay);
        List<PodSpec> pods = new ArrayList<>();
        m.all(Deployment.class).forEach(d -> pods.add(d.getSpec().getTemplate().getSpec()));
        m.all(Job.class).forEach(j -> pods.add(j.getSpec().getTemplate().getSpec()));
        for (PodSpec pod : pods) {
            assertThat(pod.getAutomountServiceAccountToken()).isFalse();
            ServiceAccount account = m.one(ServiceAccount.class, pod.getServiceAccountName());
            assertThat(account.getAutomountServiceAccountToken()).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldRunTheReplicasWithADatabaseRoleThatOnlyReadsAndWritesRows(String overlay) throws Exception {
        Manifests m = m(overlay);
        GenericKubernetesResource cluster = m.custom("Cluster", "campus-db");
        String owner = cluster.get("spec", "bootstrap", "initdb", "owner");
        Container replica = m.one(Deployment.class, "campus-careers")
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .get(0);
        Container migrate = m.one(Job.class, "campus-careers-migrate")
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .get(0);
        // The Job migrates as the owner, whose credentials CloudNativePG keeps in <cluster>-app.
        assertThat(usernameSecret(migrate)).isEqualTo(cluster.getMetadata().getName() + "-app");
        String replicaSecret = usernameSecret(replica);
        assertThat(replicaSecret).isNotEqualTo(usernameSecret(migrate));
        assertThat(replica.getEnv())
                .filteredOn(e -> e.getName().equals("QUARKUS_DATASOURCE_PASSWORD"))
                .extracting(e -> e.getValueFrom().getSecretKeyRef().getName())
                .containsExactly(replicaSecret);

        List<Map<String, Object>> roles = cluster.get("spec", "managed", "roles");
        Map<String, Object> role = roles.stream()
                .filter(r -> replicaSecret.equals(((Map<?, ?>) r.get("passwordSecret")).get("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no managed role logs in with " + replicaSecret));
        assertThat(role.get("name")).isNotEqualTo(owner);
        assertThat(role).containsEntry("login", true).containsEntry("ensure", "present");
        for (String power : List.of("superuser", "createdb", "createrole", "replication", "bypassrls")) {
            assertThat(role.get(power)).as(power).isEqualTo(false);
        }
        // Its grants come from Flyway's afterMigrate callback, which the Job runs (DatabaseRolesTest).
        String callback = Files.readString(Path.of("src/main/resources/db/migration/afterMigrate.sql"));
        assertThat(callback).contains("rolname = '" + role.get("name") + "'");
        assertThat(m.one(ConfigMap.class, "campus-careers-config").getData())
                .containsEntry("QUARKUS_FLYWAY_MIGRATE_AT_START", "false");
    }

    static String usernameSecret(Container container) {
        return container.getEnv().stream()
                .filter(e -> e.getName().equals("QUARKUS_DATASOURCE_USERNAME"))
                .findFirst()
                .orElseThrow()
                .getValueFrom()
                .getSecretKeyRef()
                .getName();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldKeepTheKeycloakAdminConsoleOffThePublicHost(String overlay) throws Exception {
        Manifests m = m(overlay);
        GenericKubernetesResource keycloak = m.custom("Keycloak", "campus-keycloak");
        assertThat(keycloak.<Object>get("spec", "ingress", "enabled"))
                .as("the operator's Ingress routes every path, /admin/ included")
                .isEqualTo(false);
        String publicHost =
                URI.create(keycloak.get("spec", "hostname", "hostname")).getHost();
        String adminHost = URI.create(keycloak.get("spec", "hostname", "admin")).getHost();
        assertThat(adminHost).isNotEqualTo(publicHost);
        List<String> publicPaths = new ArrayList<>();
        for (Ingress ingress : m.all(Ingress.class)) {
            ingress.getSpec().getRules().forEach(rule -> {
                assertThat(rule.getHost())
                        .as("no Ingress serves the admin host")
                        .isNotEqualTo(adminHost);
                if (publicHost.equals(rule.getHost())) {
                    rule.getHttp().getPaths().forEach(path -> publicPaths.add(path.getPath()));
                }
            });
        }
        // The realm's endpoints and login pages only: no "/", no /admin/.
        assertThat(publicPaths).isNotEmpty().allMatch(p -> p.equals("/realms/") || p.equals("/resources/"));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldDetectBruteForceAndEnforceAPasswordPolicyInTheRealm(String overlay) throws Exception {
        Map<String, Object> realm =
                m(overlay).custom("KeycloakRealmImport", "campus-realm").get("spec", "realm");
        assertLoginsAreGuarded(realm);
        String policy = (String) realm.get("passwordPolicy");
        assertThat(minimumLength(policy)).isGreaterThanOrEqualTo(12);
        assertThat(policy).contains("notUsername()").contains("passwordHistory(");
    }

    @Test
    void shouldDetectBruteForceInTheDemoRealmWithAPolicyItsDemoUsersMeet() throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> realm = new ObjectMapper()
                .readValue(Path.of("deploy/keycloak/campus-realm.json").toFile(), Map.class);
        assertLoginsAreGuarded(realm);
        // Keycloak refuses to import a realm whose users' passwords break its own policy.
        int length = minimumLength((String) realm.get("passwordPolicy"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> users = (List<Map<String, Object>>) realm.get("users");
        assertThat(users).isNotEmpty();
        for (Map<String, Object> user : users) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> credentials = (List<Map<String, Object>>) user.get("credentials");
            credentials.forEach(c -> assertThat(((String) c.get("value")).length())
                    .as("%s's password", user.get("username"))
                    .isGreaterThanOrEqualTo(length));
        }
    }

    static void assertLoginsAreGuarded(Map<String, Object> realm) {
        assertThat(realm).containsEntry("bruteForceProtected", true).containsEntry("permanentLockout", false);
        assertThat(((Number) realm.get("failureFactor")).intValue()).isBetween(3, 10);
        assertThat(((Number) realm.get("waitIncrementSeconds")).intValue()).isPositive();
        assertThat((String) realm.get("passwordPolicy")).contains("length(");
    }

    static int minimumLength(String policy) {
        Matcher length = Pattern.compile("\\blength\\((\\d+)\\)").matcher(policy);
        assertThat(length.find()).as(policy).isTrue();
        return Integer.parseInt(length.group(1));
    }

    @Test
    void shouldLeaveTheGraphQLUiOutOfProductionAndTakeRolesFromRealmRolesOnly() throws IOException {
        Properties properties = applicationProperties();
        assertThat(properties.getProperty("quarkus.smallrye-graphql.ui.always-include", "false"))
                .isEqualTo("false");
        assertThat(properties.getProperty("%prod.quarkus.smallrye-graphql.ui.always-include"))
                .isNull();
        // Introspection in production is a switch (field visibility), documented with its name.
        assertThat(properties.getProperty("%prod.quarkus.smallrye-graphql.field-visibility"))
                .isEqualTo("no-introspection");
        assertThat(Files.readString(Path.of("docs/SECURITY.md"))).contains("QUARKUS_SMALLRYE_GRAPHQL_FIELD_VISIBILITY");
        // A directory group named staff must not grant staff: roles come from realm_access.roles,
        // in production and in the tests alike; only the dev provider puts its roles in groups.
        assertThat(properties.getProperty("quarkus.oidc.roles.role-claim-path")).isEqualTo("realm_access/roles");
        assertThat(properties.stringPropertyNames())
                .filteredOn(key -> key.endsWith("quarkus.oidc.roles.role-claim-path"))
                .containsOnly("quarkus.oidc.roles.role-claim-path", "%dev.quarkus.oidc.roles.role-claim-path");
    }

    private static Set<String> jvmOptionsButHeap(String options) {
        return Arrays.stream(options.strip().split("\\s+"))
                .filter(option -> !option.startsWith("-Xmx"))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
