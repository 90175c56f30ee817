package id.kinerja.planning.service;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** One page of the rows a list query matches, and how many it matches in all. */
public record Slice<T>(List<T> items, long total) {

  /** Page {@code page} (0-based) of {@code size} rows of {@code query}, and its count (which ignores the paging). */
  static <T> Slice<T> of(PanacheQuery<T> query, int page, int size) {
    return new Slice<>(query.page(page, size).list(), query.count());
  }
}
