package id.kinerja.deploy.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;

/** A thin blocking HTTP/1.1 client over java.net.http with keep-alive connections; one instance per phase is enough. */
final class Http {

  record Answer(int status, String body, Map<String, java.util.List<String>> headers) {
    String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
          .map(e -> e.getValue().get(0)).orElse(null);
    }
  }

  private final HttpClient client;

  Http(int threads) {
    this(Executors.newFixedThreadPool(Math.max(2, threads), Http::daemon));
  }

  /** A client whose internal threads come and go with the load (the open loop's thousands of senders). */
  static Http elastic() {
    return new Http(Executors.newCachedThreadPool(Http::daemon));
  }

  private Http(java.util.concurrent.ExecutorService executor) {
    this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).executor(executor).build();
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "http-client");
    t.setDaemon(true);
    return t;
  }

  Answer get(String url, String token) {
    return send("GET", url, null, token, Map.of());
  }

  Answer send(String method, String url, String json, String token, Map<String, String> headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(300))
        .header("Accept", "application/json");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    headers.forEach(b::setHeader); // may replace Accept
    if (json != null) {
      b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    try {
      HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(r.statusCode(), r.body(), r.headers().map());
    } catch (IOException e) {
      return new Answer(-1, e.toString(), Map.of());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(-1, "interrupted", Map.of());
    }
  }
}
