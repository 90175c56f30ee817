package id.kinerja.common.inbox;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;

import id.kinerja.common.events.EventsConfig;
import id.kinerja.common.events.KafkaClients;
import id.kinerja.common.events.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;

/** Starts and stops the service's consumers and shares one dead-letter producer between them. */
@ApplicationScoped
public class EventConsumers {

  record Settings(KafkaClients clients, int maxPollRecords, int maxAttempts, Duration maxBackoff) {
    String deadLetterTopic(String consumer) {
      return Topics.deadLetter(consumer);
    }
  }

  @Inject
  KafkaClients clients;

  @Inject
  InboxStore store;

  @Inject
  EventsConfig config;

  @Inject
  MeterRegistry registry;

  private final Map<String, EventConsumer> consumers = new ConcurrentHashMap<>();
  private KafkaProducer<String, byte[]> deadLetters;

  /** Starts a consumer (unless consumers are switched off) and returns it. */
  public synchronized EventConsumer start(String name, Collection<String> topics, EventHandler handler) {
    if (deadLetters == null) {
      deadLetters = clients.producer("dead-letters");
    }
    clients.ensureTopics(new java.util.ArrayList<>(topics), true);
    clients.ensureTopics(java.util.List.of(Topics.deadLetter(name)), true);
    EventConsumer c = consumers.computeIfAbsent(name, n -> new EventConsumer(n, topics, handler, store,
        new Settings(clients, config.consumer().maxPollRecords(), config.consumer().maxAttempts(),
            config.consumer().maxBackoff()),
        deadLetters, registry));
    if (config.consumer().enabled()) {
      c.start();
    }
    return c;
  }

  public Optional<EventConsumer> get(String name) {
    return Optional.ofNullable(consumers.get(name));
  }

  /** Stops a consumer: the service stays up and reads nothing until {@link #resume(String)}. */
  public void pause(String name) {
    get(name).ifPresent(EventConsumer::stop);
  }

  public void resume(String name) {
    get(name).ifPresent(EventConsumer::start);
  }

  synchronized void onStop(@Observes ShutdownEvent ev) {
    consumers.values().forEach(EventConsumer::stop);
    if (deadLetters != null) {
      deadLetters.close(Duration.ofSeconds(5));
    }
  }
}
