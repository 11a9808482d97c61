package io.ordo.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The manifests in deploy/k8s parse, are what they claim to be, fit together (selectors, names,
 * kustomization entries) and configure the server only through documented settings. No cluster
 * is needed; what a schema validator would add (field names of each API version) is not checked.
 */
class KubernetesManifestsTest {

    private static final Path K8S = Repository.file("deploy/k8s");
    private static final Set<String> KNOWN_KINDS = Set.of("Kustomization", "Namespace", "ServiceAccount", "ConfigMap",
            "Secret", "Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy",
            "Ingress", "SecretStore", "ExternalSecret");

    record Manifest(Path file, Map<String, Object> document) {
        String kind() {
            return (String) document.get("kind");
        }

        String name() {
            return (String) map(document, "metadata").get("name");
        }
    }

    @Test
    void every_manifest_parses_and_is_a_known_kind_with_a_name() {
        List<Manifest> manifests = manifests();
        assertThat(manifests).hasSizeGreaterThanOrEqualTo(14);
        for (Manifest manifest : manifests) {
            assertThat(manifest.document()).as(manifest.file().toString()).containsKeys("apiVersion", "kind");
            assertThat(KNOWN_KINDS).as(manifest.file() + " kind").contains(manifest.kind());
            if (!manifest.kind().equals("Kustomization")) {
                assertThat(manifest.name()).as(manifest.file() + " metadata.name").isNotBlank();
            }
        }
    }

    @Test
    void every_kustomization_entry_exists() {
        for (Manifest kustomization : ofKind("Kustomization")) {
            Path folder = kustomization.file().getParent();
            List<String> entries = new ArrayList<>(strings(kustomization.document().get("resources")));
            list(kustomization.document().get("patches")).forEach(patch -> entries.add((String) map(patch).get("path")));
            for (String entry : entries) {
                assertThat(folder.resolve(entry)).as(kustomization.file() + " lists " + entry).exists();
            }
        }
    }

    @Test
    void the_base_lists_every_manifest_of_its_folder_but_the_secret_template() throws IOException {
        Manifest base = ofKind("Kustomization").stream()
                .filter(k -> k.file().getParent().endsWith("base")).findFirst().orElseThrow();
        Set<String> files = new TreeSet<>();
        try (Stream<Path> listing = Files.list(base.file().getParent())) {
            listing.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml") && !name.equals("kustomization.yaml"))
                    .forEach(files::add);
        }
        files.remove("secret.example.yaml");
        assertThat(new TreeSet<>(strings(base.document().get("resources")))).isEqualTo(files);
    }

    @Test
    void the_deployment_probes_health_over_https_and_runs_unprivileged() {
        Map<String, Object> deployment = only("Deployment").document();
        Map<String, Object> pod = map(map(map(deployment, "spec"), "template"), "spec");
        Map<String, Object> container = map(list(pod.get("containers")).get(0));

        assertThat(probe(container, "startupProbe")).isEqualTo("/health/started");
        assertThat(probe(container, "readinessProbe")).isEqualTo("/health/ready");
        assertThat(probe(container, "livenessProbe")).isEqualTo("/health/live");
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            Map<String, Object> get = map(map(container, probe), "httpGet");
            assertThat(get.get("scheme")).as(probe).isEqualTo("HTTPS");
            assertThat(get.get("port")).as(probe).isEqualTo("https");
        }
        Map<String, Object> port = map(list(container.get("ports")).get(0));
        assertThat(port).containsEntry("name", "https").containsEntry("containerPort", exposedPort());

        assertThat(map(pod, "securityContext")).containsEntry("runAsNonRoot", true);
        assertThat(map(container, "securityContext")).containsEntry("allowPrivilegeEscalation", false);
        assertThat(map(map(container, "resources"), "requests")).containsKeys("cpu", "memory");
        assertThat(map(map(container, "resources"), "limits")).containsKey("memory");
    }

    @Test
    void service_budget_policy_and_autoscaler_point_at_the_deployment() {
        Manifest deployment = only("Deployment");
        Map<String, Object> podLabels = map(map(map(deployment.document(), "spec"), "template"), "metadata");
        Map<String, Object> labels = map(podLabels, "labels");

        assertThat(labels).containsAllEntriesOf(map(map(only("Service").document(), "spec"), "selector"));
        assertThat(labels).containsAllEntriesOf(map(map(map(only("PodDisruptionBudget").document(), "spec"), "selector"), "matchLabels"));
        assertThat(labels).containsAllEntriesOf(map(map(map(only("NetworkPolicy").document(), "spec"), "podSelector"), "matchLabels"));
        assertThat(labels).containsAllEntriesOf(map(map(map(deployment.document(), "spec"), "selector"), "matchLabels"));

        Map<String, Object> target = map(map(only("HorizontalPodAutoscaler").document(), "spec"), "scaleTargetRef");
        assertThat(target).containsEntry("kind", "Deployment").containsEntry("name", deployment.name());
        assertThat((Integer) map(only("HorizontalPodAutoscaler").document(), "spec").get("minReplicas"))
                .as("more servers than the budget lets go at once").isGreaterThan(
                        (Integer) map(only("PodDisruptionBudget").document(), "spec").get("maxUnavailable"));
    }

    @Test
    void the_deployment_reads_the_config_map_and_secret_the_manifests_make() {
        Map<String, Object> pod = map(map(map(only("Deployment").document(), "spec"), "template"), "spec");
        List<Object> sources = list(map(list(pod.get("containers")).get(0)).get("envFrom"));
        assertThat(referenced(sources, "configMapRef")).containsExactly("ordo-config");
        assertThat(referenced(sources, "secretRef")).containsExactly("ordo-secrets");
        Set<String> secretNames = new TreeSet<>();
        ofKind("Secret").forEach(m -> secretNames.add(m.name()));
        ofKind("ExternalSecret").forEach(m -> secretNames.add((String) map(map(m.document(), "spec"), "target").get("name")));
        assertThat(secretNames).as("the template and the ExternalSecret make the Secret the pods read")
                .containsExactly("ordo-secrets");
    }

    private static List<String> referenced(List<Object> envFrom, String kind) {
        return envFrom.stream().map(source -> map(source).get(kind)).filter(java.util.Objects::nonNull)
                .map(reference -> (String) map(reference).get("name")).toList();
    }

    @Test
    void every_environment_variable_the_manifests_set_is_documented() {
        Set<String> documented = ConfigurationReference.load().environmentVariables();
        Set<String> used = new TreeSet<>();
        for (Manifest manifest : manifests()) {
            if (manifest.kind().equals("ConfigMap") && manifest.name().equals("ordo-config")) {
                used.addAll(map(manifest.document(), "data").keySet());
            }
            if (manifest.kind().equals("Secret")) {
                used.addAll(map(manifest.document(), "stringData").keySet());
            }
        }
        // The ExternalSecret's keys are listed in its comment: the JSON document in Secrets Manager.
        Matcher variable = Pattern.compile("\\b(ORDO_[A-Z0-9_]+)").matcher(Repository.read("deploy/k8s/aws/externalsecret.yaml"));
        while (variable.find()) {
            used.add(variable.group(1));
        }
        assertThat(used).hasSizeGreaterThan(20);
        Set<String> undocumented = new TreeSet<>(used);
        undocumented.removeAll(documented);
        assertThat(undocumented).as("set by deploy/k8s but not in docs/configuration.md").isEmpty();
    }

    private static Integer exposedPort() {
        Matcher expose = Pattern.compile("(?m)^EXPOSE\\s+(\\d+)").matcher(Repository.read(ContainerContextTest.CONTAINERFILE));
        assertThat(expose.find()).as("the Containerfile exposes a port").isTrue();
        return Integer.valueOf(expose.group(1));
    }

    private static Object probe(Map<String, Object> container, String probe) {
        return map(map(container, probe), "httpGet").get("path");
    }

    private static Manifest only(String kind) {
        List<Manifest> found = ofKind(kind);
        assertThat(found).as(kind).hasSize(1);
        return found.get(0);
    }

    private static List<Manifest> ofKind(String kind) {
        return manifests().stream().filter(m -> m.kind().equals(kind)).toList();
    }

    static List<Manifest> manifests() {
        List<Manifest> manifests = new ArrayList<>();
        try (Stream<Path> files = Files.walk(K8S)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
                for (Object document : yaml.loadAll(Repository.read(file))) {
                    if (document != null) {
                        manifests.add(new Manifest(file, map(document)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return manifests;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        assertThat(parent).containsKey(key);
        return map(parent.get(key));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }

    private static List<String> strings(Object value) {
        return list(value).stream().map(String.class::cast).toList();
    }
}
