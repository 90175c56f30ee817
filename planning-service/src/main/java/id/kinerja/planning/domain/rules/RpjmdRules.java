package id.kinerja.planning.domain.rules;

import static id.kinerja.planning.domain.PlanningMessages.CYCLE_INDUK;
import static id.kinerja.planning.domain.PlanningMessages.DUPLICATE_CODE_INDIKATOR_RPJMD;
import static id.kinerja.planning.domain.PlanningMessages.DUPLICATE_CODE_MISI;
import static id.kinerja.planning.domain.PlanningMessages.DUPLICATE_CODE_SASARAN_RPJMD;
import static id.kinerja.planning.domain.PlanningMessages.DUPLICATE_CODE_TUJUAN_RPJMD;
import static id.kinerja.planning.domain.PlanningMessages.DUPLICATE_YEAR_TARGET;
import static id.kinerja.planning.domain.PlanningMessages.MUST_MATCH_PATH_RPJMD;
import static id.kinerja.planning.domain.PlanningMessages.PERIOD_LENGTH_RPJMD;
import static id.kinerja.planning.domain.PlanningMessages.PERIOD_ORDER;
import static id.kinerja.planning.domain.PlanningMessages.TARGET_REQUIRED_FOR_YEAR;
import static id.kinerja.planning.domain.PlanningMessages.UNKNOWN_CODE_INDUK_RPJMD;
import static id.kinerja.planning.domain.PlanningMessages.UNKNOWN_CODE_MISI;
import static id.kinerja.planning.domain.PlanningMessages.UNKNOWN_CODE_TUJUAN_RPJMD;
import static id.kinerja.planning.domain.PlanningMessages.YEAR_OUTSIDE_PERIOD_RPJMD;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import id.kinerja.planning.domain.dokumen.RpjmdDok;

/**
 * An RPJMD (issue #19): the kode of the path, a period of at most {@value #MAX_TAHUN} years in order, codes unique
 * (misi, tujuan, sasaran each among their own; indicators across the whole RPJMD), references to existing misi,
 * tujuan and parent sasaran, no cycle over the parent sasaran (indukKode), and for every indicator a target for every
 * year of the period, none twice, none outside it (the end target too).
 */
public final class RpjmdRules {

  /** The longest period: an RPJMD covers five years, six where its first year is the transition year (2021–2026). */
  public static final int MAX_TAHUN = 6;

  private RpjmdRules() {
  }

  public static void check(String pathKode, RpjmdDok r, Violations v) {
    if (!r.kode().equals(pathKode)) {
      v.add("kode", MUST_MATCH_PATH_RPJMD, "isi", r.kode(), "alamat", pathKode);
    }
    boolean periodOk = r.periodeAwal() <= r.periodeAkhir();
    if (!periodOk) {
      v.add("periodeAkhir", PERIOD_ORDER, "akhir", r.periodeAkhir(), "awal", r.periodeAwal());
    } else if (r.periodeAkhir() - r.periodeAwal() + 1 > MAX_TAHUN) {
      v.add("periodeAkhir", PERIOD_LENGTH_RPJMD, "awal", r.periodeAwal(), "akhir", r.periodeAkhir(), "maks", MAX_TAHUN);
      periodOk = false; // no per-year target errors over a period that is wrong itself
    }
    Set<String> misi = new HashSet<>();
    for (int i = 0; i < r.misi().size(); i++) {
      if (!misi.add(r.misi().get(i).kode())) {
        v.add("misi[" + i + "].kode", DUPLICATE_CODE_MISI, "kode", r.misi().get(i).kode());
      }
    }
    Set<String> tujuan = new HashSet<>();
    Set<String> indikator = new HashSet<>();
    for (int i = 0; i < r.tujuan().size(); i++) {
      RpjmdDok.Tujuan t = r.tujuan().get(i);
      String at = "tujuan[" + i + "]";
      if (!tujuan.add(t.kode())) {
        v.add(at + ".kode", DUPLICATE_CODE_TUJUAN_RPJMD, "kode", t.kode());
      }
      if (t.misiKode() != null && !misi.contains(t.misiKode())) {
        v.add(at + ".misiKode", UNKNOWN_CODE_MISI, "kode", t.misiKode());
      }
      indikator(t.indikator(), at + ".indikator", r, periodOk, indikator, v);
    }
    Map<String, String> induk = new HashMap<>();
    for (int i = 0; i < r.sasaran().size(); i++) {
      RpjmdDok.Sasaran s = r.sasaran().get(i);
      String at = "sasaran[" + i + "]";
      if (induk.containsKey(s.kode())) {
        v.add(at + ".kode", DUPLICATE_CODE_SASARAN_RPJMD, "kode", s.kode());
      }
      induk.put(s.kode(), s.indukKode());
      if (s.tujuanKode() != null && !tujuan.contains(s.tujuanKode())) {
        v.add(at + ".tujuanKode", UNKNOWN_CODE_TUJUAN_RPJMD, "kode", s.tujuanKode());
      }
      indikator(s.indikator(), at + ".indikator", r, periodOk, indikator, v);
    }
    for (int i = 0; i < r.sasaran().size(); i++) {
      RpjmdDok.Sasaran s = r.sasaran().get(i);
      if (s.indukKode() == null) {
        continue;
      }
      if (!induk.containsKey(s.indukKode())) {
        v.add("sasaran[" + i + "].indukKode", UNKNOWN_CODE_INDUK_RPJMD, "kode", s.indukKode());
      } else if (inCycle(s.kode(), induk)) {
        v.add("sasaran[" + i + "].indukKode", CYCLE_INDUK, "kode", s.kode(), "induk", s.indukKode());
      }
    }
  }

  /** Whether following indukKode from {@code kode} comes back to it. */
  static boolean inCycle(String kode, Map<String, String> induk) {
    Set<String> seen = new HashSet<>();
    for (String at = induk.get(kode); at != null; at = induk.get(at)) {
      if (at.equals(kode)) {
        return true;
      }
      if (!seen.add(at)) {
        return false; // a cycle further up, reported at its own members
      }
    }
    return false;
  }

  private static void indikator(List<RpjmdDok.Indikator> list, String path, RpjmdDok r, boolean periodOk, Set<String> seen,
      Violations v) {
    for (int i = 0; i < list.size(); i++) {
      RpjmdDok.Indikator ind = list.get(i);
      String at = path + "[" + i + "]";
      if (!seen.add(ind.kode())) {
        v.add(at + ".kode", DUPLICATE_CODE_INDIKATOR_RPJMD, "kode", ind.kode());
      }
      if (!periodOk) {
        continue;
      }
      Set<Integer> years = new TreeSet<>();
      for (int j = 0; j < ind.targetTahunan().size(); j++) {
        int tahun = ind.targetTahunan().get(j).tahun();
        String tat = at + ".targetTahunan[" + j + "].tahun";
        if (!years.add(tahun)) {
          v.add(tat, DUPLICATE_YEAR_TARGET, "tahun", tahun);
        }
        if (tahun < r.periodeAwal() || tahun > r.periodeAkhir()) {
          v.add(tat, YEAR_OUTSIDE_PERIOD_RPJMD, "tahun", tahun, "awal", r.periodeAwal(), "akhir", r.periodeAkhir());
        }
      }
      for (int y = r.periodeAwal(); y <= r.periodeAkhir(); y++) {
        if (!years.contains(y)) {
          v.add(at + ".targetTahunan", TARGET_REQUIRED_FOR_YEAR, "kode", ind.kode(), "tahun", y);
        }
      }
      if (ind.targetAkhir() != null
          && (ind.targetAkhir().tahun() < r.periodeAwal() || ind.targetAkhir().tahun() > r.periodeAkhir())) {
        v.add(at + ".targetAkhir.tahun", YEAR_OUTSIDE_PERIOD_RPJMD, "tahun", ind.targetAkhir().tahun(), "awal",
            r.periodeAwal(), "akhir", r.periodeAkhir());
      }
    }
  }
}
