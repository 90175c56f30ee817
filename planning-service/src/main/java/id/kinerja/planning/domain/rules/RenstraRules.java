package id.kinerja.planning.domain.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import id.kinerja.planning.domain.Aggregation;
import id.kinerja.planning.domain.dokumen.IndikatorAturan;
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
      v.add(Violations.at(path, "periodeAkhir"), "period-order",
          "the period ends (" + r.periodeAkhir() + ") before it starts (" + r.periodeAwal() + ")");
    }
    Set<String> codes = new HashSet<>();
    Set<String> indikator = new HashSet<>();
    List<TujuanDok> tujuan = r.tujuan();
    for (int i = 0; i < tujuan.size(); i++) {
      TujuanDok t = tujuan.get(i);
      String at = Violations.at(Violations.at(path, "tujuan"), i);
      if (!codes.add(t.kode())) {
        v.add(Violations.at(at, "kode"), "duplicate-code", "tujuan/sasaran kode " + t.kode() + " is used twice");
      }
      indikator(t.indikator(), Violations.at(at, "indikator"), r, periodOk, indikator, v);
    }
    List<SasaranDok> sasaran = r.sasaran();
    for (int i = 0; i < sasaran.size(); i++) {
      SasaranDok s = sasaran.get(i);
      String at = Violations.at(Violations.at(path, "sasaran"), i);
      if (!codes.add(s.kode())) {
        v.add(Violations.at(at, "kode"), "duplicate-code", "tujuan/sasaran kode " + s.kode() + " is used twice");
      }
      if (s.tujuanKode() != null && tujuan.stream().noneMatch(t -> t.kode().equals(s.tujuanKode()))) {
        v.add(Violations.at(at, "tujuanKode"), "unknown-code", "tujuan " + s.tujuanKode() + " is not in this Renstra");
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
        v.add(Violations.at(at, "kode"), "duplicate-code", "indicator kode " + ind.kode() + " is used twice");
      }
      aturan(ind, at, v);
      Set<Integer> years = new TreeSet<>();
      List<TahunTargetDok> targets = ind.targetTahunan();
      for (int j = 0; j < targets.size(); j++) {
        TahunTargetDok t = targets.get(j);
        String tat = Violations.at(Violations.at(at, "targetTahunan"), j);
        if (!years.add(t.tahun())) {
          v.add(Violations.at(tat, "tahun"), "duplicate-year", "a second target for " + t.tahun());
        }
        if (periodOk && (t.tahun() < r.periodeAwal() || t.tahun() > r.periodeAkhir())) {
          v.add(Violations.at(tat, "tahun"), "year-outside-period",
              t.tahun() + " is outside the Renstra period " + r.periodeAwal() + "–" + r.periodeAkhir());
        }
        TargetRules.check(ind.targetType(), t.target(), Violations.at(tat, "target"), ind.kode(), v);
      }
      if (periodOk) {
        for (int y = r.periodeAwal(); y <= r.periodeAkhir(); y++) {
          if (!years.contains(y)) {
            v.add(Violations.at(at, "targetTahunan"), "target-required-for-year",
                "indicator " + ind.kode() + " has no target for " + y);
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
          v.add(Violations.at(Violations.at(Violations.at(at, "riwayat"), j), "tahun"), "duplicate-year",
              "a second realisasi for " + history.get(j).tahun());
        }
      }
    }
  }

  /** Rules of the rule attributes themselves; {@code at} is the indicator object. */
  public static void aturan(IndikatorAturan a, String at, Violations v) {
    if (a.aggregation() == Aggregation.RATIO_OF_SUMS && a.komponen() == null) {
      v.add(Violations.at(at, "komponen"), "komponen-required",
          "a RATIO_OF_SUMS indicator is entered as numerator and denominator: name them in komponen");
    }
  }
}
