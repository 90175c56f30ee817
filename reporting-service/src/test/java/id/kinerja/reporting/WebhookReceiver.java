package id.kinerja.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A portal's webhook receiver in the test: the JDK's HTTP server on a free localhost port. It keeps every request
 * (headers and body) and answers with the status and after the delay it is told.
 */
final class WebhookReceiver implements AutoCloseable {

  /** One request as received. */
  record Received(Map<String, String> headers, String body, long at) {
    String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
  }

  private final HttpServer server;
  final List<Received> received = new CopyOnWriteArrayList<>();
  final AtomicInteger inProgress = new AtomicInteger();
  volatile int status = 200;
  volatile long delayMillis;
  volatile String answer = "{\"diterima\":true}";

  WebhookReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    server.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "webhook-receiver");
      t.setDaemon(true);
      return t;
    }));
    server.createContext("/", exchange -> {
      inProgress.incrementAndGet();
      try (InputStream in = exchange.getRequestBody()) {
        String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> headers = new java.util.HashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
        received.add(new Received(headers, body, System.currentTimeMillis()));
        if (delayMillis > 0) {
          try {
            Thread.sleep(delayMillis);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        byte[] out = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, out.length);
        try (OutputStream o = exchange.getResponseBody()) {
          o.write(out);
        }
      } catch (IOException e) {
        // the sender gave up (timeout): nothing to answer
      } finally {
        inProgress.decrementAndGet();
        exchange.close();
      }
    });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/kinerja/webhook";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
