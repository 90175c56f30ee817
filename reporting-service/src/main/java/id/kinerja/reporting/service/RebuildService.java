package id.kinerja.reporting.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import id.kinerja.common.events.Topics;
import id.kinerja.common.inbox.EventConsumer;
import id.kinerja.reporting.events.ProjectionHandler;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Identifier;

/**
 * The rebuild operation: forget every projection and replay both topics from offset 0 under a new consumer group
 * (EventConsumer.rebuild truncates in the same transaction that forgets the inbox ids). Figures depend only on the
 * events, so a rebuilt projection equals the old one byte for byte (apart from wall-clock recalculation times).
 */
@ApplicationScoped
public class RebuildService {

  /** How long a request that reads the consumer's lag waits for the broker. */
  private static final java.time.Duration BROKER_WAIT = java.time.Duration.ofSeconds(5);

  @Inject
  ProjectionHandler handler;

  @Inject
  FigureStore figures;

  @Inject
  Pengumuman pengumuman;

  @Inject
  @Identifier("default-kafka-broker")
  Map<String, Object> brokerConfig;

  @Inject
  jakarta.persistence.EntityManager em;

  /** State of the projection consumer: its group, whether it runs, and how far behind the topics it is. */
  @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ProjectionStatus")
  public record Status(
      @org.eclipse.microprofile.openapi.annotations.media.Schema(examples = "reporting-projections") String consumer,
      @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Consumer group; a rebuild moves to the next",
          examples = "reporting-projections-g2") String group,
      @org.eclipse.microprofile.openapi.annotations.media.Schema(examples = "true") boolean running,
      @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Records of both topics not yet applied",
          examples = "0") long lag,
      @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "lag = 0", examples = "true") boolean caughtUp,
      @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "When the last new event was applied (wall"
          + " clock); null until this consumer has applied one", nullable = true,
          examples = "2025-01-10T10:00:01.12+07:00") Instant lastApplied) {
  }

  public Status rebuild() {
    EventConsumer consumer = handler.consumer();
    consumer.rebuild(() -> {
      figures.truncateAll();
      // The replay passes through older states of the figures: not news (docs/reporting.md "Live figures (SSE)").
      pengumuman.rebuildStarted();
    });
    return status();
  }

  /**
   * When a rebuild has caught up: announces the figures that differ from the last announcements (the live figures);
   * -1 when no rebuild was waiting, or it has not caught up yet.
   */
  @jakarta.transaction.Transactional
  public int announceAfterRebuild() {
    if (!pengumuman.rebuildRunning() || !status().caughtUp()) {
      return -1;
    }
    return pengumuman.afterRebuild(java.time.Instant.now(), figures);
  }

  public Status status() {
    EventConsumer consumer = handler.consumer();
    String group = ProjectionHandler.CONSUMER + "-g" + generation();
    long lag = lag(group);
    return new Status(ProjectionHandler.CONSUMER, group, consumer.isRunning(), lag, lag == 0, consumer.lastApplied());
  }

  private int generation() {
    return QuarkusTransaction.requiringNew().call(() -> {
      Object g = em.createNativeQuery("select generation from consumer_generation where consumer = ?1")
          .setParameter(1, ProjectionHandler.CONSUMER).getResultStream().findFirst().orElse(null);
      return g == null ? 1 : ((Number) g).intValue();
    });
  }

  /** Records on both topics not yet committed by the group (a partition it never committed counts in full). */
  private long lag(String group) {
    Map<String, Object> config = new HashMap<>(brokerConfig);
    // A person waits for this answer: without the broker, say so (503) within seconds rather than after a minute.
    config.put("default.api.timeout.ms", (int) BROKER_WAIT.toMillis());
    config.put("request.timeout.ms", (int) BROKER_WAIT.toMillis());
    try (Admin admin = Admin.create(config)) {
      List<TopicPartition> partitions = new ArrayList<>();
      admin.describeTopics(List.of(Topics.PLANNING, Topics.REALISASI)).allTopicNames().get(BROKER_WAIT.toSeconds(), TimeUnit.SECONDS)
          .forEach((topic, d) -> d.partitions().forEach(p -> partitions.add(new TopicPartition(topic, p.partition()))));
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      partitions.forEach(tp -> latest.put(tp, OffsetSpec.latest()));
      var ends = admin.listOffsets(latest).all().get(BROKER_WAIT.toSeconds(), TimeUnit.SECONDS);
      Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
          .partitionsToOffsetAndMetadata().get(BROKER_WAIT.toSeconds(), TimeUnit.SECONDS);
      long lag = 0;
      for (TopicPartition tp : partitions) {
        long end = ends.get(tp).offset();
        OffsetAndMetadata c = committed.get(tp);
        lag += Math.max(0, end - (c == null ? 0 : c.offset()));
      }
      return lag;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading consumer lag", e);
    } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException
        | org.apache.kafka.common.KafkaException e) {
      throw new id.kinerja.common.problem.Unavailable.Broker("cannot read consumer lag: " + e.getMessage(), e);
    }
  }
}
