package id.kinerja.reporting;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.RestAssured;

/**
 * A Server-Sent Events client over the JDK's HttpClient, as a dashboard's EventSource would be: it reads the stream
 * on a thread of its own and parses each event (id, event, data; comment lines are counted apart).
 */
final class SseClient implements AutoCloseable {

  record Event(String id, String event, String data) {

    long number() {
      return Long.parseLong(id);
    }

    JsonNode json() {
      try {
        return new ObjectMapper().readTree(data);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  final int status;
  final String contentType;
  private final InputStream body;
  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final List<Event> all = new ArrayList<>();
  private volatile int comments;
  private volatile boolean ended;

  private SseClient(HttpResponse<InputStream> response) {
    this.status = response.statusCode();
    this.contentType = response.headers().firstValue("Content-Type").orElse("");
    this.body = response.body();
    Thread reader = new Thread(this::read, "sse-client");
    reader.setDaemon(true);
    reader.start();
  }

  /** Connects to a path of the application under test; {@code lastEventId} null sends none. */
  static SseClient open(String pathAndQuery, String token, String lastEventId) {
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + pathAndQuery))
        .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token).GET();
    if (lastEventId != null) {
      r.header("Last-Event-ID", lastEventId);
    }
    try {
      return new SseClient(HTTP.send(r.build(), HttpResponse.BodyHandlers.ofInputStream()));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void read() {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
      String id = null;
      String event = null;
      StringBuilder data = null;
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isEmpty()) {
          if (data != null) {
            Event e = new Event(id, event == null ? "message" : event, data.toString());
            synchronized (all) {
              all.add(e);
            }
            events.add(e);
          }
          id = null;
          event = null;
          data = null;
        } else if (line.startsWith(":")) {
          comments++;
        } else if (line.startsWith("id:")) {
          id = line.substring(3).trim();
        } else if (line.startsWith("event:")) {
          event = line.substring(6).trim();
        } else if (line.startsWith("data:")) {
          String d = line.substring(5);
          d = d.startsWith(" ") ? d.substring(1) : d;
          data = data == null ? new StringBuilder(d) : data.append('\n').append(d);
        }
      }
    } catch (IOException e) {
      // closed by the test
    } finally {
      ended = true;
    }
  }

  /** The next event that matches, waiting up to {@code wait}; events before it are consumed. */
  Event next(Predicate<Event> matching, Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    try {
      while (true) {
        long left = deadline - System.nanoTime();
        Event e = left <= 0 ? null : events.poll(left, TimeUnit.NANOSECONDS);
        if (e == null) {
          throw new AssertionError("no matching event within " + wait + "; received " + received());
        }
        if (matching.test(e)) {
          return e;
        }
      }
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new AssertionError(ex);
    }
  }

  /** Every event received so far. */
  List<Event> received() {
    synchronized (all) {
      return List.copyOf(all);
    }
  }

  int comments() {
    return comments;
  }

  boolean ended() {
    return ended;
  }

  @Override
  public void close() {
    try {
      body.close();
    } catch (IOException e) {
      // gone already
    }
  }
}
