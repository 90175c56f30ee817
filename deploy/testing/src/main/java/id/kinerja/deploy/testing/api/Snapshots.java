package id.kinerja.deploy.testing.api;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import io.restassured.response.Response;

/** Snapshots of what a service stores for the test's tenants, as its own API shows it. */
public final class Snapshots {

  private Snapshots() {
  }

  /**
   * Every JSON GET operation under /api/ (except the excluded ones, e.g. volatile status pages), built by the
   * factory for kecamatan A and read with a token the operation allows: status, ETag and body, one line each. Two
   * equal snapshots mean nothing readable changed.
   */
  public static Supplier<String> readable(ApiOperations api, RequestFactory requests, Function<ApiOperation, String> tokenFor,
      Set<String> excluded) {
    List<ApiOperation> reads = api.under("/api/").stream()
        .filter(o -> o.method().equals("GET") && o.producesJson() && !excluded.contains(o.key())).toList();
    return () -> {
      StringBuilder sb = new StringBuilder();
      for (ApiOperation op : reads) {
        ApiRequest r = requests.build(op).withToken(tokenFor.apply(op));
        Response answer = r.send();
        sb.append(op.key()).append(' ').append(answer.statusCode()).append(' ').append(answer.header("ETag")).append(' ')
            .append(Answers.body(answer).replace('\n', ' ')).append('\n');
      }
      return sb.toString();
    };
  }
}
