package id.kinerja.planning.domain.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static id.kinerja.planning.domain.PlanningMessages.DUPLICATE_CODE_INDIKATOR_RENSTRA;
import static id.kinerja.planning.domain.PlanningMessages.DUPLICATE_CODE_TUJUAN_SASARAN;
import static id.kinerja.planning.domain.PlanningMessages.DUPLICATE_YEAR_RIWAYAT;
import static id.kinerja.planning.domain.PlanningMessages.DUPLICATE_YEAR_TARGET;
import static id.kinerja.planning.domain.PlanningMessages.KOMPONEN_REQUIRED;
import static id.kinerja.planning.domain.PlanningMessages.PERIOD_ORDER;
import static id.kinerja.planning.domain.PlanningMessages.TARGET_REQUIRED_FOR_YEAR;
import static id.kinerja.planning.domain.PlanningMessages.UNKNOWN_CODE_TUJUAN;
import static id.kinerja.planning.domain.PlanningMessages.YEAR_OUTSIDE_PERIOD;

import id.kinerja.planning.domain.Aggregation;
import id.kinerja.planning.domain.dokumen.IndikatorRule;
import id.kinerja.planning.domain.dokumen.IndikatorRenstraDok;
import id.kinerja.planning.domain.dokumen.RenstraDok;
import id.kinerja.planning.domain.dokumen.RiwayatDok;
import id.kinerja.planning.domain.dokumen.SasaranDok;
import id.kinerja.planning.domain.dokumen.TahunTargetDok;
import id.kinerja.planning.domain.dokumen.TujuanDok;

/**
 * A Renstra (normalized, see {@link Defaults}): unique codes, sasaran under known tujuan, and for every indicator
 * a well-formed target for every year of the period and none outside it.
 */
public final class RenstraRules {

  private RenstraRules() {
  }

  public static void check(RenstraDok r, String path, Violations v) {
    boolean periodOk = r.periodeAwal() <= r.periodeAkhir();
    if (!periodOk) {
      v.add(Violations.at(path, "periodeAkhir"), PERIOD_ORDER, "akhir", r.periodeAkhir(), "awal", r.periodeAwal());
    }
    Set<String> codes = new HashSet<>();
    Set<String> indikator = new HashSet<>();
    List<TujuanDok> tujuan = r.tujuan();
    for (int i = 0; i < tujuan.size(); i++) {
      TujuanDok t = tujuan.get(i);
      String at = Violations.at(Violations.at(path, "tujuan"), i);
      if (!codes.add(t.kode())) {
        v.add(Violations.at(at, "kode"), DUPLICATE_CODE_TUJUAN_SASARAN, "kode", t.kode());
      }
      indikator(t.indikator(), Violations.at(at, "indikator"), r, periodOk, indikator, v);
    }
    List<SasaranDok> sasaran = r.sasaran();
    for (int i = 0; i < sasaran.size(); i++) {
      SasaranDok s = sasaran.get(i);
      String at = Violations.at(Violations.at(path, "sasaran"), i);
      if (!codes.add(s.kode())) {
        v.add(Violations.at(at, "kode"), DUPLICATE_CODE_TUJUAN_SASARAN, "kode", s.kode());
      }
      if (s.tujuanKode() != null && tujuan.stream().noneMatch(t -> t.kode().equals(s.tujuanKode()))) {
        v.add(Violations.at(at, "tujuanKode"), UNKNOWN_CODE_TUJUAN, "kode", s.tujuanKode());
      }
      indikator(s.indikator(), Violations.at(at, "indikator"), r, periodOk, indikator, v);
    }
  }

  private static void indikator(List<IndikatorRenstraDok> list, String path, RenstraDok r, boolean periodOk,
      Set<String> seen, Violations v) {
    for (int i = 0; i < list.size(); i++) {
      IndikatorRenstraDok ind = list.get(i);
      String at = Violations.at(path, i);
      if (!seen.add(ind.kode())) {
        v.add(Violations.at(at, "kode"), DUPLICATE_CODE_INDIKATOR_RENSTRA, "kode", ind.kode());
      }
      aturan(ind, at, v);
      Set<Integer> years = new TreeSet<>();
      List<TahunTargetDok> targets = ind.targetTahunan();
      for (int j = 0; j < targets.size(); j++) {
        TahunTargetDok t = targets.get(j);
        String tat = Violations.at(Violations.at(at, "targetTahunan"), j);
        if (!years.add(t.tahun())) {
          v.add(Violations.at(tat, "tahun"), DUPLICATE_YEAR_TARGET, "tahun", t.tahun());
        }
        if (periodOk && (t.tahun() < r.periodeAwal() || t.tahun() > r.periodeAkhir())) {
          v.add(Violations.at(tat, "tahun"), YEAR_OUTSIDE_PERIOD, "tahun", t.tahun(), "awal", r.periodeAwal(), "akhir",
              r.periodeAkhir());
        }
        TargetRules.check(ind.targetType(), t.target(), Violations.at(tat, "target"), ind.kode(), v);
      }
      if (periodOk) {
        for (int y = r.periodeAwal(); y <= r.periodeAkhir(); y++) {
          if (!years.contains(y)) {
            v.add(Violations.at(at, "targetTahunan"), TARGET_REQUIRED_FOR_YEAR, "kode", ind.kode(), "tahun", y);
          }
        }
      }
      if (ind.targetAkhir() != null) {
        TargetRules.check(ind.targetType(), ind.targetAkhir().target(), Violations.at(Violations.at(at, "targetAkhir"), "target"),
            ind.kode(), v);
      }
      Set<Integer> riwayat = new HashSet<>();
      List<RiwayatDok> history = ind.riwayat();
      for (int j = 0; j < history.size(); j++) {
        if (!riwayat.add(history.get(j).tahun())) {
          v.add(Violations.at(Violations.at(Violations.at(at, "riwayat"), j), "tahun"), DUPLICATE_YEAR_RIWAYAT, "tahun",
              history.get(j).tahun());
        }
      }
    }
  }

  /** Rules of the rule attributes themselves; {@code at} is the indicator object. */
  public static void aturan(IndikatorRule a, String at, Violations v) {
    if (a.aggregation() == Aggregation.RATIO_OF_SUMS && a.komponen() == null) {
      v.add(Violations.at(at, "komponen"), KOMPONEN_REQUIRED, "agregasi", Aggregation.RATIO_OF_SUMS);
    }
  }
}
