package id.kinerja.reporting.domain.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Kabupaten ranking of kecamatan by overall capaian (docs/domain.md §2.9.6), per TW or per year, all under one rule version.
 * Ranks compare the figures as shown (rounded to 2 decimals) so that equal shown figures share a rank (1, 2, 2, 4);
 * ties are listed by kecamatan kode. A kecamatan without a figure is unranked and listed last as not reported.
 */
public final class Ranking {

  private Ranking() {
  }

  /** Ranks kecamatan by their overall mean (a mean without a value is unranked). */
  public static List<RankingEntry> rank(Map<String, Mean> overallByKecamatan) {
    List<RankingEntry> rows = new ArrayList<>(overallByKecamatan.size());
    for (Map.Entry<String, Mean> e : overallByKecamatan.entrySet()) {
      BigDecimal v = e.getValue() == null ? null : e.getValue().nilai();
      rows.add(new RankingEntry(null, e.getKey(), v, v != null));
    }
    return rankRows(rows);
  }

  /** Ranks kecamatan by a plain capaian figure (null = not reported). */
  public static List<RankingEntry> rankValues(Map<String, BigDecimal> capaianByKecamatan) {
    List<RankingEntry> rows = new ArrayList<>(capaianByKecamatan.size());
    for (Map.Entry<String, BigDecimal> e : capaianByKecamatan.entrySet()) {
      rows.add(new RankingEntry(null, e.getKey(), e.getValue(), e.getValue() != null));
    }
    return rankRows(rows);
  }

  private static List<RankingEntry> rankRows(List<RankingEntry> rows) {
    rows.sort(Comparator.comparing((RankingEntry r) -> !r.dilaporkan())
        .thenComparing(r -> r.capaian() == null ? BigDecimal.ZERO : Angka.round(r.capaian()), Comparator.reverseOrder())
        .thenComparing(RankingEntry::kecamatanKode));
    List<RankingEntry> out = new ArrayList<>(rows.size());
    BigDecimal previous = null;
    int rank = 0;
    for (int i = 0; i < rows.size(); i++) {
      RankingEntry r = rows.get(i);
      if (!r.dilaporkan()) {
        out.add(r);
        continue;
      }
      BigDecimal shown = Angka.round(r.capaian());
      if (previous == null || shown.compareTo(previous) != 0) {
        rank = i + 1;
        previous = shown;
      }
      out.add(new RankingEntry(rank, r.kecamatanKode(), r.capaian(), true));
    }
    return List.copyOf(out);
  }
}
