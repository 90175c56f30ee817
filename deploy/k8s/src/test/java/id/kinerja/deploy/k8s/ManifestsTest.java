package id.kinerja.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import id.kinerja.common.events.Topics;
import id.kinerja.common.security.DevelopmentCredentials;

/**
 * No cluster is available here, so the manifests are checked as data: every file parses, every reference
 * (Kustomize resources, secrets, config maps, services, autoscalers, Strimzi cluster labels) points at something
 * that exists, every service has probes and limits, topics exist for every topic the code uses, and no service
 * can scale past the partitions of the topic it consumes.
 */
class ManifestsTest {

  private static final ObjectMapper YAML = new YAMLMapper();
  private static Path dir;
  private static List<JsonNode> docs;

  @BeforeAll
  static void load() throws IOException {
    dir = Path.of(System.getProperty("kinerja.k8s.dir", ".")).resolve("base");
    docs = new ArrayList<>();
    for (String file : resources(dir)) {
      docs.addAll(parseAll(dir.resolve(file)));
    }
  }

  static List<String> resources(Path kustomizeDir) throws IOException {
    JsonNode k = YAML.readTree(kustomizeDir.resolve("kustomization.yaml").toFile());
    List<String> out = new ArrayList<>();
    k.path("resources").forEach(r -> out.add(r.asText()));
    return out;
  }

  static List<JsonNode> parseAll(Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (var parser = new YAMLFactory().createParser(file.toFile())) {
      var it = YAML.readValues(parser, JsonNode.class);
      while (it.hasNext()) {
        JsonNode n = it.next();
        if (n != null && !n.isEmpty()) {
          out.add(n);
        }
      }
    }
    return out;
  }

  private static Stream<JsonNode> kind(String kind) {
    return docs.stream().filter(d -> kind.equals(d.path("kind").asText()));
  }

  private static Optional<JsonNode> named(String kind, String name) {
    return kind(kind).filter(d -> name.equals(d.path("metadata").path("name").asText())).findFirst();
  }

  @Test
  void kustomizationListsEveryManifestAndEveryDocumentIsComplete() throws IOException {
    Set<String> listed = new HashSet<>(resources(dir));
    try (Stream<Path> files = Files.walk(dir)) {
      Set<String> onDisk = files.filter(p -> p.toString().endsWith(".yaml") && !p.endsWith("kustomization.yaml"))
          .map(p -> dir.relativize(p).toString()).collect(Collectors.toSet());
      assertThat(listed).isEqualTo(onDisk);
    }
    assertThat(docs).isNotEmpty().allSatisfy(d -> {
      assertThat(d.path("apiVersion").asText()).isNotBlank();
      assertThat(d.path("kind").asText()).isNotBlank();
      assertThat(d.path("metadata").path("name").asText()).isNotBlank();
    });
    Path overlay = dir.resolveSibling("overlays/production");
    assertThat(resources(overlay)).containsExactly("../../base");
    JsonNode k = YAML.readTree(overlay.resolve("kustomization.yaml").toFile());
    Set<String> images = kind("Deployment").map(d -> d.at("/spec/template/spec/containers/0/image").asText())
        .map(i -> i.substring(0, i.lastIndexOf(':'))).collect(Collectors.toSet());
    k.path("images").forEach(i -> assertThat(images).contains(i.path("name").asText()));
    k.path("patches").forEach(p -> assertThat(named(p.at("/target/kind").asText(), p.at("/target/name").asText()))
        .isPresent());
  }

  @Test
  void everyServiceHasProbesLimitsAndResolvableConfiguration() {
    List<JsonNode> deployments = kind("Deployment").toList();
    assertThat(deployments).extracting(d -> d.at("/metadata/name").asText())
        .containsExactlyInAnyOrder("planning-service", "realization-service", "reporting-service");
    JsonNode config = named("ConfigMap", "kinerja-config").orElseThrow();
    for (JsonNode d : deployments) {
      String name = d.at("/metadata/name").asText();
      JsonNode pod = d.at("/spec/template");
      assertThat(d.at("/spec/selector/matchLabels")).isEqualTo(pod.at("/metadata/labels"));
      JsonNode c = pod.at("/spec/containers/0");
      int port = c.at("/ports/0/containerPort").asInt();
      assertThat(config.at("/data/QUARKUS_HTTP_PORT").asText()).isEqualTo(Integer.toString(port));
      assertThat(c.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
      assertThat(c.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
      assertThat(c.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
      assertThat(c.at("/resources/limits/memory").asText()).as(name + " memory limit").isNotBlank();
      assertThat(c.at("/resources/requests/cpu").asText()).as(name + " cpu request").isNotBlank();
      // Configuration comes from the environment only: config maps and CloudNativePG's app secret.
      c.path("envFrom").forEach(e -> assertThat(named("ConfigMap", e.at("/configMapRef/name").asText())).isPresent());
      String expectedSecret = name.substring(0, name.indexOf('-')) + "-db-app";
      c.path("env").forEach(e -> {
        JsonNode ref = e.at("/valueFrom/secretKeyRef");
        if (!ref.isMissingNode()) {
          assertThat(ref.path("name").asText()).isEqualTo(expectedSecret);
          assertThat(named("Cluster", expectedSecret.replace("-app", ""))).as(expectedSecret).isPresent();
          assertThat(ref.path("key").asText()).isIn("jdbc-uri", "username", "password", "uri", "host", "port", "dbname");
        }
      });
      assertThat(pod.at("/spec/containers/0/volumeMounts").findValues("name"))
          .allSatisfy(v -> assertThat(pod.at("/spec/volumes").findValuesAsText("name")).contains(v.asText()));

      JsonNode service = named("Service", name).orElseThrow();
      assertThat(service.at("/spec/selector")).isEqualTo(pod.at("/metadata/labels"));
      assertThat(service.at("/spec/ports/0/targetPort").asText()).isEqualTo(c.at("/ports/0/name").asText());

      JsonNode hpa = named("HorizontalPodAutoscaler", name).orElseThrow();
      assertThat(hpa.at("/spec/scaleTargetRef/name").asText()).isEqualTo(name);
      assertThat(hpa.at("/spec/minReplicas").asInt()).isGreaterThanOrEqualTo(2);
      assertThat(named("PodDisruptionBudget", name)).isPresent();
    }
  }

  @Test
  void servicesVerifyTheIdentityProvidersTokensNeverTheDevelopmentOnesAndLogJson() throws IOException {
    JsonNode config = named("ConfigMap", "kinerja-config").orElseThrow();
    // A service refuses to start with the development issuer or key (DevelopmentCredentials); the manifests name the
    // provider's and never opt into the development credentials.
    assertThat(config.at("/data/MP_JWT_VERIFY_ISSUER").asText()).isNotBlank().isNotEqualTo(DevelopmentCredentials.ISSUER);
    assertThat(config.at("/data/MP_JWT_VERIFY_PUBLICKEY_LOCATION").asText()).startsWith("https://")
        .doesNotContain("dev-keys");
    // Production logs are JSON lines (the services default to text).
    assertThat(config.at("/data/QUARKUS_LOG_CONSOLE_JSON_ENABLED").asText()).isEqualTo("true");
    for (String file : resources(dir)) {
      assertThat(Files.readString(dir.resolve(file)).toUpperCase(java.util.Locale.ROOT)).as(file)
          .doesNotContain("ALLOW_DEVELOPMENT_CREDENTIALS").doesNotContain("ALLOW-DEVELOPMENT-CREDENTIALS");
    }
  }

  @Test
  void alertsWatchMetricsTheOperationsGuideNames() throws IOException {
    String guide = Files.readString(dir.toAbsolutePath().normalize().getParent().getParent().getParent()
        .resolve("docs/operations.md"));
    List<JsonNode> rules = kind("PrometheusRule").toList();
    assertThat(rules).isNotEmpty();
    Set<String> alerted = new HashSet<>();
    for (JsonNode rule : rules) {
      rule.at("/spec/groups").forEach(g -> g.path("rules").forEach(r -> {
        assertThat(r.path("alert").asText()).isNotBlank();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("kinerja_[a-z_]+").matcher(r.path("expr").asText());
        while (m.find()) {
          alerted.add(m.group());
        }
      }));
    }
    // The dead letters and the committed lag are alerted on; each metric an alert reads is in the guide (whose metrics
    // FaultToleranceTest finds on the running services).
    assertThat(alerted).contains("kinerja_dead_letters", "kinerja_consumer_lag_events");
    alerted.forEach(metric -> assertThat(guide).as(metric).contains("`" + metric));
  }

  @Test
  void postgresClustersAreOnePerServiceWithSynchronousReplicas() {
    assertThat(kind("Cluster").map(c -> c.at("/metadata/name").asText()))
        .containsExactlyInAnyOrder("planning-db", "realization-db", "reporting-db");
    kind("Cluster").forEach(c -> {
      assertThat(c.at("/apiVersion").asText()).startsWith("postgresql.cnpg.io/");
      assertThat(c.at("/spec/instances").asInt()).isGreaterThanOrEqualTo(3);
      assertThat(c.at("/spec/minSyncReplicas").asInt()).isGreaterThanOrEqualTo(1);
      assertThat(c.at("/spec/bootstrap/initdb/database").asText())
          .isEqualTo(c.at("/metadata/name").asText().replace("-db", ""));
    });
  }

  @Test
  void everyPostgresClusterArchivesItsWalAndHasANightlyBaseBackup() {
    kind("Cluster").forEach(c -> {
      String name = c.at("/metadata/name").asText();
      List<JsonNode> archivers = new ArrayList<>();
      c.at("/spec/plugins").forEach(p -> {
        if (p.path("isWALArchiver").asBoolean()) {
          archivers.add(p);
        }
      });
      assertThat(archivers).as(name + " WAL archiver").hasSize(1);
      assertThat(archivers.get(0).path("name").asText()).isEqualTo("barman-cloud.cloudnative-pg.io");
      String store = archivers.get(0).at("/parameters/barmanObjectName").asText();
      JsonNode objectStore = named("ObjectStore", store).orElseThrow(() -> new AssertionError(name + ": no ObjectStore " + store));
      assertThat(objectStore.at("/apiVersion").asText()).startsWith("barmancloud.cnpg.io/");
      assertThat(objectStore.at("/spec/configuration/destinationPath").asText()).as(store).startsWith("s3://").endsWith("/" + name);
      assertThat(objectStore.at("/spec/retentionPolicy").asText()).as(store).matches("[0-9]+[dwm]");
      // One object store per cluster: two clusters archiving into one path would mix their WAL.
      assertThat(kind("Cluster").filter(o -> o.at("/spec/plugins").findValuesAsText("barmanObjectName").contains(store)))
          .hasSize(1);
      List<JsonNode> scheduled = kind("ScheduledBackup").filter(b -> name.equals(b.at("/spec/cluster/name").asText())).toList();
      assertThat(scheduled).as(name + " scheduled backup").hasSize(1);
      assertThat(scheduled.get(0).at("/spec/method").asText()).isEqualTo("plugin");
      assertThat(scheduled.get(0).at("/spec/pluginConfiguration/name").asText()).isEqualTo("barman-cloud.cloudnative-pg.io");
      assertThat(scheduled.get(0).at("/spec/schedule").asText().split(" ")).as("six-field cron").hasSize(6);
    });
  }

  @Test
  void kafkaTopicsMatchTheCodeAndBoundScaling() {
    JsonNode kafka = kind("Kafka").findFirst().orElseThrow();
    String cluster = kafka.at("/metadata/name").asText();
    assertThat(kafka.at("/metadata/annotations/strimzi.io~1kraft").asText()).isEqualTo("enabled");
    assertThat(kafka.at("/metadata/annotations/strimzi.io~1node-pools").asText()).isEqualTo("enabled");
    int brokers = kind("KafkaNodePool").filter(p -> cluster.equals(p.at("/metadata/labels/strimzi.io~1cluster").asText()))
        .filter(p -> p.at("/spec/roles").toString().contains("broker"))
        .mapToInt(p -> p.at("/spec/replicas").asInt()).sum();
    assertThat(brokers).isGreaterThanOrEqualTo(3);
    int minIsr = kafka.at("/spec/kafka/config/min.insync.replicas").asInt();

    Map<String, JsonNode> topics = kind("KafkaTopic").collect(Collectors.toMap(t -> t.at("/metadata/name").asText(), t -> t));
    assertThat(topics).containsKeys(Topics.PLANNING, Topics.REALISASI, Topics.deadLetter("realization-plan-copy"),
        Topics.deadLetter("reporting-projections"));
    topics.values().forEach(t -> {
      assertThat(t.at("/metadata/labels/strimzi.io~1cluster").asText()).isEqualTo(cluster);
      assertThat(t.at("/spec/replicas").asInt()).isBetween(minIsr + 1, brokers);
    });
    assertThat(topics.get(Topics.PLANNING).at("/spec/config/retention.ms").asLong()).isEqualTo(-1);
    assertThat(topics.get(Topics.REALISASI).at("/spec/config/retention.ms").asLong()).isEqualTo(-1);

    // A consumer instance beyond the partition count would receive nothing.
    int realisasiPartitions = topics.get(Topics.REALISASI).at("/spec/partitions").asInt();
    assertThat(named("HorizontalPodAutoscaler", "reporting-service").orElseThrow().at("/spec/maxReplicas").asInt())
        .isLessThanOrEqualTo(realisasiPartitions);
    assertThat(named("ConfigMap", "kinerja-config").orElseThrow().at("/data/KINERJA_EVENTS_CREATE_TOPICS").asText())
        .isEqualTo("false");
    assertThat(named("ConfigMap", "kinerja-config").orElseThrow().at("/data/KAFKA_BOOTSTRAP_SERVERS").asText())
        .startsWith(cluster + "-kafka-bootstrap:");
  }

  @Test
  void manifestsParseAsJsonToo() {
    // kubectl accepts JSON and YAML; a document that only a lenient YAML parser reads is a trap.
    ObjectMapper json = JsonMapper.builder().build();
    docs.forEach(d -> assertThat(json.valueToTree(d).toString()).isNotBlank());
  }
}
