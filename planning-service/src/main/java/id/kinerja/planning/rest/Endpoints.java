package id.kinerja.planning.rest;

import java.util.List;
import java.util.function.Function;

import jakarta.ws.rs.core.Response;

import id.kinerja.common.rest.ETags;
import id.kinerja.common.security.Caller;
import id.kinerja.common.security.Roles;
import id.kinerja.planning.domain.Kecamatan;
import id.kinerja.planning.service.Slice;

/**
 * What the planning endpoints do alike: who may read or change a kecamatan's plan, the answer that carries a
 * version as its ETag, and one page of a list.
 */
final class Endpoints {

  private Endpoints() {
  }

  /** A kecamatan's plan is read by its kabupaten's staff and by the kecamatan's own operators and verifiers. */
  static void requireRead(Caller caller, String kecamatanKode) {
    caller.requireRead(Kecamatan.kabupatenOf(kecamatanKode), kecamatanKode);
  }

  /** A kecamatan's plan is changed by the planners of its kabupaten. */
  static void requirePlanner(Caller caller, String kecamatanKode) {
    caller.requireKabupatenRole(Kecamatan.kabupatenOf(kecamatanKode), Roles.PLANNER);
  }

  /** 200 with {@code body}; {@code versi} is the ETag, the version a client sends back in If-Match. */
  static Response versioned(Object body, int versi) {
    return Response.ok(body).tag(ETags.of(versi)).build();
  }

  /** The constructor of a page body, e.g. {@code Views.JadwalPage::new}. */
  interface PageBody<V, P> {
    P of(List<V> items, int page, int size, long total);
  }

  /** One page of a list: the views of the slice's rows, with the page asked for and the number of rows in all. */
  static <E, V, P> P page(Slice<E> slice, Function<E, V> view, int page, int size, PageBody<V, P> body) {
    return body.of(slice.items().stream().map(view).toList(), page, size, slice.total());
  }
}
