package id.kinerja.planning.domain.rules;

import static id.kinerja.planning.domain.PlanningMessages.CUMULATIVE_TW4_EQUALS_ANNUAL;
import static id.kinerja.planning.domain.PlanningMessages.DUPLICATE_CODE_INDIKATOR_PK;
import static id.kinerja.planning.domain.PlanningMessages.DUPLICATE_CODE_OWN_IS_RENSTRA;
import static id.kinerja.planning.domain.PlanningMessages.DUPLICATE_CODE_SASARAN_PK;
import static id.kinerja.planning.domain.PlanningMessages.DUPLICATE_TRIWULAN;
import static id.kinerja.planning.domain.PlanningMessages.INDICATOR_NOT_IN_SASARAN;
import static id.kinerja.planning.domain.PlanningMessages.MUST_BE_STRATEGIS;
import static id.kinerja.planning.domain.PlanningMessages.PERUBAHAN_AFTER_FIRST;
import static id.kinerja.planning.domain.PlanningMessages.RENSTRA_REQUIRED;
import static id.kinerja.planning.domain.PlanningMessages.REQUIRED_AGGREGATION;
import static id.kinerja.planning.domain.PlanningMessages.REQUIRED_OWN_INDIKATOR;
import static id.kinerja.planning.domain.PlanningMessages.REQUIRED_URAIAN_SASARAN;
import static id.kinerja.planning.domain.PlanningMessages.TW_TARGET_MODE_NONE;
import static id.kinerja.planning.domain.PlanningMessages.UNKNOWN_CODE_ANGGARAN_PK;
import static id.kinerja.planning.domain.PlanningMessages.UNKNOWN_CODE_INDIKATOR_RENSTRA;
import static id.kinerja.planning.domain.PlanningMessages.UNKNOWN_CODE_PEJABAT_NAMA;
import static id.kinerja.planning.domain.PlanningMessages.UNKNOWN_CODE_PEJABAT_NIP;
import static id.kinerja.planning.domain.PlanningMessages.UNKNOWN_CODE_SASARAN_RENSTRA;
import static id.kinerja.planning.domain.PlanningMessages.YEAR_OUTSIDE_PERIOD;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.kinerja.planning.domain.PkJenis;
import id.kinerja.planning.domain.SasaranLevel;
import id.kinerja.planning.domain.TargetType;
import id.kinerja.planning.domain.TwTargetMode;
import id.kinerja.planning.domain.dokumen.AnggaranDok;
import id.kinerja.planning.domain.dokumen.IndikatorRule;
import id.kinerja.planning.domain.dokumen.IndikatorRuleDok;
import id.kinerja.planning.domain.dokumen.PejabatDok;
import id.kinerja.planning.domain.dokumen.PkDok;
import id.kinerja.planning.domain.dokumen.PkIndikatorDok;
import id.kinerja.planning.domain.dokumen.PkSasaranDok;
import id.kinerja.planning.domain.dokumen.TargetDok;
import id.kinerja.planning.domain.dokumen.TargetTriwulanDok;

/**
 * One version of one official's PK (normalized, see {@link Defaults}) against the Renstra in force for its year
 * and the officials of the kecamatan: known references, unique codes, targets in the form of their indicator,
 * triwulan targets only where the indicator has them, and a consistent budget tree.
 */
public final class PkRules {

  /** The checked PK with its budget lines computed, and the official it belongs to. */
  public record Checked(PkDok pk, String pihakKunci, PejabatDok pihak) {
  }

  private PkRules() {
  }

  public static Checked check(PkDok pk, String path, RenstraIndex renstra, PejabatIndex pejabat, Violations v,
      Violations warnings) {
    if (renstra == null) {
      v.add(Violations.at(path, "tahun"), RENSTRA_REQUIRED, "tahun", pk.tahun());
    } else if (!renstra.covers(pk.tahun())) {
      v.add(Violations.at(path, "tahun"), YEAR_OUTSIDE_PERIOD, "tahun", pk.tahun(), "awal", renstra.renstra().periodeAwal(),
          "akhir", renstra.renstra().periodeAkhir());
    }
    if (pk.versi() != null && pk.versi() > 1 && pk.jenis() != PkJenis.PERUBAHAN) {
      v.add(Violations.at(path, "jenis"), PERUBAHAN_AFTER_FIRST, "versi", pk.versi(), "jenis", PkJenis.PERUBAHAN);
    }
    Optional<PejabatDok> pihak = pihakPertama(pk, path, pejabat, v);
    Set<String> sasaranKode = sasaran(pk, path, renstra, v);
    List<AnggaranDok> anggaran = AnggaranRules.check(pk.anggaran(), Violations.at(path, "anggaran"), sasaranKode, v);
    Set<String> lineKode = new HashSet<>();
    anggaran.forEach(a -> lineKode.add(a.kode()));
    BelanjaRules.check(pk.belanjaOrEmpty(), Violations.at(path, "belanja"), lineKode, v);
    indikator(pk, path, renstra, lineKode, v, warnings);
    PkDok out = new PkDok(pk.tahun(), pk.pihakPertama(), pk.pihakKedua(), pk.jenis(), pk.versi(), pk.tanggal(),
        pk.ditetapkan(), pk.sasaran(), anggaran, pk.belanja());
    return new Checked(out, pihak.map(PejabatIndex::kunci).orElse(null), pihak.orElse(null));
  }

  /** The official who signs, from the kecamatan's officials (by NIP, or by name when the PK gives none). */
  private static Optional<PejabatDok> pihakPertama(PkDok pk, String path, PejabatIndex pejabat, Violations v) {
    Optional<PejabatDok> pihak = pejabat.find(pk.pihakPertama());
    if (pihak.isEmpty()) {
      boolean byNip = pk.pihakPertama().nip() != null;
      if (byNip) {
        v.add(Violations.at(Violations.at(path, "pihakPertama"), "nip"), UNKNOWN_CODE_PEJABAT_NIP, "nip", pk.pihakPertama().nip());
      } else {
        v.add(Violations.at(Violations.at(path, "pihakPertama"), "nama"), UNKNOWN_CODE_PEJABAT_NAMA, "nama",
            pk.pihakPertama().nama());
      }
    }
    return pihak;
  }

  /**
   * The PK's sasaran: a Renstra sasaran is STRATEGIS, an own one has an uraian, none twice. Returns the codes a budget
   * line may name: the Renstra's sasaran and the PK's.
   */
  private static Set<String> sasaran(PkDok pk, String path, RenstraIndex renstra, Violations v) {
    Set<String> sasaranKode = new LinkedHashSet<>();
    if (renstra != null) {
      sasaranKode.addAll(renstra.sasaranKode());
    }
    Set<String> ownSasaran = new HashSet<>();
    List<PkSasaranDok> sasaran = pk.sasaran();
    for (int i = 0; i < sasaran.size(); i++) {
      PkSasaranDok s = sasaran.get(i);
      String at = Violations.at(Violations.at(path, "sasaran"), i);
      boolean strategis = renstra != null && renstra.isSasaran(s.kode());
      if (!ownSasaran.add(s.kode())) {
        v.add(Violations.at(at, "kode"), DUPLICATE_CODE_SASARAN_PK, "kode", s.kode());
      }
      if (strategis && s.level() != SasaranLevel.STRATEGIS) {
        v.add(Violations.at(at, "level"), MUST_BE_STRATEGIS, "kode", s.kode(), "level", SasaranLevel.STRATEGIS);
      } else if (!strategis && s.level() == SasaranLevel.STRATEGIS) {
        v.add(Violations.at(at, "kode"), UNKNOWN_CODE_SASARAN_RENSTRA, "kode", s.kode());
      } else if (!strategis && (s.uraian() == null || s.uraian().isBlank())) {
        v.add(Violations.at(at, "uraian"), REQUIRED_URAIAN_SASARAN, "kode", s.kode());
      }
      sasaranKode.add(s.kode());
    }
    return sasaranKode;
  }

  /**
   * The PK's indicators: each a Renstra indicator of its sasaran or an own one with its rules, none twice, with a
   * target (and triwulan targets) in the form its rules give.
   */
  private static void indikator(PkDok pk, String path, RenstraIndex renstra, Set<String> lineKode, Violations v,
      Violations warnings) {
    Set<String> indikatorKode = new HashSet<>();
    List<PkSasaranDok> sasaran = pk.sasaran();
    for (int i = 0; i < sasaran.size(); i++) {
      PkSasaranDok s = sasaran.get(i);
      String sat = Violations.at(Violations.at(path, "sasaran"), i);
      boolean strategis = renstra != null && renstra.isSasaran(s.kode());
      for (int j = 0; j < s.indikator().size(); j++) {
        PkIndikatorDok pi = s.indikator().get(j);
        String at = Violations.at(Violations.at(sat, "indikator"), j);
        IndikatorRule rules = pi.indikatorKode() != null ? renstraRules(pi, s, strategis, renstra, at, v)
            : ownRules(pi.indikator(), renstra, lineKode, Violations.at(at, "indikator"), v);
        if (rules == null) {
          continue;
        }
        if (!indikatorKode.add(pi.kode())) {
          v.add(Violations.at(at, pi.indikatorKode() != null ? "indikatorKode" : "indikator.kode"), DUPLICATE_CODE_INDIKATOR_PK,
              "kode", pi.kode());
        }
        TargetRules.check(rules.targetType(), pi.target(), Violations.at(at, "target"), pi.kode(), v);
        triwulan(pi, rules, at, v, warnings);
      }
    }
  }

  /** The rules of the Renstra indicator a PK indicator names; null when there is none to check against. */
  private static IndikatorRule renstraRules(PkIndikatorDok pi, PkSasaranDok s, boolean strategis, RenstraIndex renstra,
      String at, Violations v) {
    IndikatorRule rules = renstra == null ? null : renstra.indikator(pi.indikatorKode());
    if (rules == null) {
      if (renstra != null) {
        v.add(Violations.at(at, "indikatorKode"), UNKNOWN_CODE_INDIKATOR_RENSTRA, "kode", pi.indikatorKode(), "renstra",
            renstra.renstra().kode());
      }
      return null;
    }
    if (strategis && !s.kode().equals(renstra.induk(pi.indikatorKode()))) {
      v.add(Violations.at(at, "indikatorKode"), INDICATOR_NOT_IN_SASARAN, "kode", pi.indikatorKode(), "induk",
          renstra.induk(pi.indikatorKode()), "sasaran", s.kode());
    }
    return rules;
  }

  /** An own indicator of the PK, a definition with its rules ({@code oat} is its path); null when it has no kode. */
  private static IndikatorRule ownRules(IndikatorRuleDok own, RenstraIndex renstra, Set<String> lineKode, String oat,
      Violations v) {
    for (String[] req : new String[][] { { "kode", own.kode() }, { "nama", own.nama() }, { "satuan", own.satuan() } }) {
      if (req[1] == null || req[1].isBlank()) {
        v.add(Violations.at(oat, req[0]), REQUIRED_OWN_INDIKATOR, "isian", req[0]);
      }
    }
    if (own.aggregation() == null) {
      v.add(Violations.at(oat, "aggregation"), REQUIRED_AGGREGATION);
    }
    if (own.kode() != null && renstra != null && renstra.indikator(own.kode()) != null) {
      v.add(Violations.at(oat, "kode"), DUPLICATE_CODE_OWN_IS_RENSTRA, "kode", own.kode());
    }
    if (own.anggaranKode() != null && !lineKode.contains(own.anggaranKode())) {
      v.add(Violations.at(oat, "anggaranKode"), UNKNOWN_CODE_ANGGARAN_PK, "kode", own.anggaranKode());
    }
    RenstraRules.aturan(own, oat, v);
    return own.kode() == null ? null : own;
  }

  private static void triwulan(PkIndikatorDok pi, IndikatorRule rules, String at, Violations v, Violations warnings) {
    List<TargetTriwulanDok> tw = pi.targetTriwulan();
    if (tw.isEmpty()) {
      return;
    }
    if (rules.twTargetMode() == TwTargetMode.NONE) {
      v.add(Violations.at(at, "targetTriwulan"), TW_TARGET_MODE_NONE, "kode", pi.kode(), "mode", TwTargetMode.NONE,
          "perPeriode", TwTargetMode.PER_PERIOD, "kumulatif", TwTargetMode.CUMULATIVE);
      return;
    }
    Set<Integer> seen = new HashSet<>();
    TargetDok tw4 = null;
    for (int k = 0; k < tw.size(); k++) {
      TargetTriwulanDok t = tw.get(k);
      String kat = Violations.at(Violations.at(at, "targetTriwulan"), k);
      if (!seen.add(t.triwulan())) {
        v.add(Violations.at(kat, "triwulan"), DUPLICATE_TRIWULAN, "triwulan", t.triwulan());
      }
      TargetRules.check(rules.targetType(), t.target(), Violations.at(kat, "target"), pi.kode(), v);
      if (t.triwulan() == 4) {
        tw4 = t.target();
      }
    }
    // docs/domain.md §2.3: cumulative triwulan targets end at the annual target; a difference is shown, not refused.
    if (rules.twTargetMode() == TwTargetMode.CUMULATIVE && rules.targetType() == TargetType.NUMBER && tw4 != null
        && tw4.nilai() != null && pi.target() != null && pi.target().nilai() != null
        && tw4.nilai().compareTo(pi.target().nilai()) != 0) {
      warnings.add(Violations.at(at, "targetTriwulan"), CUMULATIVE_TW4_EQUALS_ANNUAL, "kode", pi.kode(), "tw4", tw4.nilai(),
          "tahunan", pi.target().nilai());
    }
  }
}
