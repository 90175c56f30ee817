package id.kinerja.reporting.service;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import id.kinerja.reporting.domain.figures.AnggaranFigure;
import id.kinerja.reporting.domain.figures.IndikatorFigure;
import id.kinerja.reporting.domain.figures.KecamatanTahunFigures;

/**
 * The (view, periode) groups a kecamatan-year's figures are stored and compared in: the key of a group, its rincian
 * documents ({@code fig_rincian}), the digest of everything stored of it ({@code fig_digest}), and which groups a
 * recalculation writes again. Pure: no database.
 */
final class FigureGroups {

  private FigureGroups() {
  }

  /** The key of a (view, periode) group of figures. */
  static String group(String tampilan, int periode) {
    return tampilan + "|" + periode;
  }

  static String tampilanOf(String group) {
    return group.substring(0, group.indexOf('|'));
  }

  static int periodeOf(String group) {
    return Integer.parseInt(group.substring(group.indexOf('|') + 1));
  }

  /**
   * The indicator and budget figures of one (view, periode) group as stored in {@code fig_rincian}: one document each
   * ({@link FigureDocs}), and the lowest s.d.-triwulan capaian of its indicators (the konsolidasi's lagging filter).
   */
  record Rincian(String kabupatenKode, String indikator, String anggaran, BigDecimal capaianKumulatifMin) {
  }

  /**
   * What a recalculation writes: the rincian and digest of every group it computed anew, the groups whose digest
   * differs from the stored one ({@code write}), and the groups whose stored rows go ({@code clear}: those written
   * and those stored that the figures no longer have).
   */
  record Changes(Map<String, Rincian> rincian, Map<String, String> digests, Set<String> write, Set<String> clear) {

    /** Whether nothing is written or removed. */
    boolean none() {
      return write.isEmpty() && clear.isEmpty();
    }
  }

  /**
   * The groups of the views to write and to clear against the stored digests. Stored groups of periode 1 to
   * {@code fromTriwulan} − 1 are kept as they are, without being computed or compared.
   */
  static Changes changes(List<KecamatanTahunFigures> views, Map<String, String> stored, int fromTriwulan) {
    Set<String> kept = new HashSet<>();
    stored.keySet().stream().filter(g -> periodeOf(g) >= 1 && periodeOf(g) < fromTriwulan).forEach(kept::add);
    Map<String, Rincian> rincian = rincian(views, kept);
    Map<String, String> digests = digests(views, rincian);
    Set<String> write = new HashSet<>();
    digests.forEach((group, d) -> {
      if (!d.equals(stored.get(group))) {
        write.add(group);
      }
    });
    Set<String> clear = new HashSet<>(write);
    stored.keySet().stream().filter(g -> !digests.containsKey(g) && !kept.contains(g)).forEach(clear::add);
    return new Changes(rincian, digests, write, clear);
  }

  /**
   * The rincian of the groups of the views except those {@code kept} as stored (also of a group without indicators
   * and budget lines: empty lists).
   */
  static Map<String, Rincian> rincian(List<KecamatanTahunFigures> views, Set<String> kept) {
    Map<String, Rincian> out = new TreeMap<>();
    for (KecamatanTahunFigures v : views) {
      Map<Integer, List<IndikatorFigure>> ind = new TreeMap<>();
      Map<Integer, List<AnggaranFigure>> ang = new TreeMap<>();
      Set<Integer> periode = new TreeSet<>();
      v.indikator().forEach(f -> ind.computeIfAbsent(f.periode(), k -> new ArrayList<>()).add(f));
      v.anggaran().forEach(f -> ang.computeIfAbsent(f.periode(), k -> new ArrayList<>()).add(f));
      periode.addAll(ind.keySet());
      periode.addAll(ang.keySet());
      v.sasaran().forEach(f -> periode.add(f.periode()));
      v.kecamatan().forEach(f -> periode.add(f.periode()));
      for (int n : periode) {
        if (kept.contains(group(v.tampilan(), n))) {
          continue;
        }
        List<IndikatorFigure> fi = ind.getOrDefault(n, List.of());
        out.put(group(v.tampilan(), n), new Rincian(v.kabupatenKode(), FigureDocs.write(fi),
            FigureDocs.write(ang.getOrDefault(n, List.of())), lowestKumulatif(fi)));
      }
    }
    return out;
  }

  /** The lowest s.d.-triwulan capaian among the indicators, or null when none has one. */
  private static BigDecimal lowestKumulatif(List<IndikatorFigure> indikator) {
    BigDecimal min = null;
    for (IndikatorFigure f : indikator) {
      if (f.capaianKumulatif() != null && (min == null || f.capaianKumulatif().compareTo(min) < 0)) {
        min = f.capaianKumulatif();
      }
    }
    return min;
  }

  /**
   * SHA-256 per (view, periode) over everything stored of the group: its rincian documents and every row of
   * fig_sasaran and fig_kecamatan (the records' text holds every column; the kabupaten is part of it).
   */
  static Map<String, String> digests(List<KecamatanTahunFigures> views, Map<String, Rincian> rincian) {
    Map<String, StringBuilder> text = new TreeMap<>();
    rincian.forEach((group, r) -> text.put(group, new StringBuilder(r.kabupatenKode()).append('\n')
        .append(r.indikator()).append('\n').append(r.anggaran()).append('\n')));
    for (KecamatanTahunFigures v : views) {
      v.sasaran().forEach(f -> append(text, group(v.tampilan(), f.periode()), f));
      v.kecamatan().forEach(f -> append(text, group(v.tampilan(), f.periode()), f));
    }
    Map<String, String> out = new HashMap<>();
    text.forEach((group, t) -> {
      try {
        out.put(group, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
            .digest(t.toString().getBytes(StandardCharsets.UTF_8))));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    });
    return out;
  }

  /** The row's text into its group's digest text; nothing for a group not digested (kept as stored). */
  private static void append(Map<String, StringBuilder> text, String group, Record row) {
    StringBuilder t = text.get(group);
    if (t != null) {
      t.append(row).append('\n');
    }
  }
}
