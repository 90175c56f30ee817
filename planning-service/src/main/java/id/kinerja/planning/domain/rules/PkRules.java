package id.kinerja.planning.domain.rules;

import java.math.BigDecimal;
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
import id.kinerja.planning.domain.dokumen.IndikatorAturan;
import id.kinerja.planning.domain.dokumen.IndikatorAturanDok;
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
      v.add(Violations.at(path, "tahun"), "renstra-required", "no Renstra of this kecamatan covers " + pk.tahun());
    } else if (!renstra.covers(pk.tahun())) {
      v.add(Violations.at(path, "tahun"), "year-outside-period", pk.tahun() + " is outside the Renstra period "
          + renstra.renstra().periodeAwal() + "–" + renstra.renstra().periodeAkhir());
    }
    if (pk.versi() != null && pk.versi() > 1 && pk.jenis() != PkJenis.PERUBAHAN) {
      v.add(Violations.at(path, "jenis"), "perubahan-after-first",
          "version " + pk.versi() + " changes an earlier version: its jenis is PERUBAHAN");
    }
    Optional<PejabatDok> pihak = pejabat.find(pk.pihakPertama());
    if (pihak.isEmpty()) {
      boolean byNip = pk.pihakPertama().nip() != null;
      v.add(Violations.at(Violations.at(path, "pihakPertama"), byNip ? "nip" : "nama"), "unknown-code",
          "no official of this kecamatan has " + (byNip ? "NIP " + pk.pihakPertama().nip() : "the name " + pk.pihakPertama().nama()));
    }
    Set<String> sasaranKode = new LinkedHashSet<>();
    if (renstra != null) {
      sasaranKode.addAll(renstra.sasaranKode());
    }
    Set<String> indikatorKode = new HashSet<>();
    Set<String> ownSasaran = new HashSet<>();
    List<PkSasaranDok> sasaran = pk.sasaran();
    for (int i = 0; i < sasaran.size(); i++) {
      PkSasaranDok s = sasaran.get(i);
      String at = Violations.at(Violations.at(path, "sasaran"), i);
      boolean strategis = renstra != null && renstra.isSasaran(s.kode());
      if (!ownSasaran.add(s.kode())) {
        v.add(Violations.at(at, "kode"), "duplicate-code", "sasaran " + s.kode() + " is listed twice in this PK");
      }
      if (strategis && s.level() != SasaranLevel.STRATEGIS) {
        v.add(Violations.at(at, "level"), "must-be-strategis", "sasaran " + s.kode() + " is a Renstra sasaran: level STRATEGIS");
      } else if (!strategis && s.level() == SasaranLevel.STRATEGIS) {
        v.add(Violations.at(at, "kode"), "unknown-code", "sasaran " + s.kode() + " is not a sasaran of the Renstra");
      } else if (!strategis && (s.uraian() == null || s.uraian().isBlank())) {
        v.add(Violations.at(at, "uraian"), "required", "sasaran " + s.kode() + " is the PK's own: give its uraian");
      }
      sasaranKode.add(s.kode());
    }
    List<AnggaranDok> anggaran = AnggaranRules.check(pk.anggaran(), Violations.at(path, "anggaran"), sasaranKode, v);
    Set<String> lineKode = new HashSet<>();
    anggaran.forEach(a -> lineKode.add(a.kode()));
    for (int i = 0; i < sasaran.size(); i++) {
      PkSasaranDok s = sasaran.get(i);
      String sat = Violations.at(Violations.at(path, "sasaran"), i);
      boolean strategis = renstra != null && renstra.isSasaran(s.kode());
      for (int j = 0; j < s.indikator().size(); j++) {
        PkIndikatorDok pi = s.indikator().get(j);
        String at = Violations.at(Violations.at(sat, "indikator"), j);
        IndikatorAturan rules;
        if (pi.indikatorKode() != null) {
          rules = renstra == null ? null : renstra.indikator(pi.indikatorKode());
          if (rules == null) {
            if (renstra != null) {
              v.add(Violations.at(at, "indikatorKode"), "unknown-code",
                  "indicator " + pi.indikatorKode() + " is not in the Renstra " + renstra.renstra().kode());
            }
            continue;
          }
          if (strategis && !s.kode().equals(renstra.induk(pi.indikatorKode()))) {
            v.add(Violations.at(at, "indikatorKode"), "indicator-not-in-sasaran", "indicator " + pi.indikatorKode()
                + " belongs to " + renstra.induk(pi.indikatorKode()) + ", not to sasaran " + s.kode());
          }
        } else {
          IndikatorAturanDok own = pi.indikator();
          rules = own;
          String oat = Violations.at(at, "indikator");
          for (String[] req : new String[][] { { "kode", own.kode() }, { "nama", own.nama() }, { "satuan", own.satuan() } }) {
            if (req[1] == null || req[1].isBlank()) {
              v.add(Violations.at(oat, req[0]), "required", req[0] + " is required for the PK's own indicator");
            }
          }
          if (own.aggregation() == null) {
            v.add(Violations.at(oat, "aggregation"), "required",
                "aggregation is required: how triwulan realisasi combine is declared, never guessed");
          }
          if (own.kode() != null && renstra != null && renstra.indikator(own.kode()) != null) {
            v.add(Violations.at(oat, "kode"), "duplicate-code", "indicator kode " + own.kode()
                + " is a Renstra indicator: refer to it with indikatorKode, or choose another kode");
          }
          if (own.anggaranKode() != null && !lineKode.contains(own.anggaranKode())) {
            v.add(Violations.at(oat, "anggaranKode"), "unknown-code",
                "budget line " + own.anggaranKode() + " is not in this PK's anggaran");
          }
          RenstraRules.aturan(own, oat, v);
          if (own.kode() == null) {
            continue;
          }
        }
        if (!indikatorKode.add(pi.kode())) {
          v.add(Violations.at(at, pi.indikatorKode() != null ? "indikatorKode" : "indikator.kode"), "duplicate-code",
              "indicator " + pi.kode() + " is listed twice in this PK");
        }
        TargetRules.check(rules.targetType(), pi.target(), Violations.at(at, "target"), pi.kode(), v);
        triwulan(pi, rules, at, v, warnings);
      }
    }
    PkDok out = new PkDok(pk.tahun(), pk.pihakPertama(), pk.pihakKedua(), pk.jenis(), pk.versi(), pk.tanggal(),
        pk.ditetapkan(), pk.sasaran(), anggaran);
    return new Checked(out, pihak.map(PejabatIndex::kunci).orElse(null), pihak.orElse(null));
  }

  private static void triwulan(PkIndikatorDok pi, IndikatorAturan rules, String at, Violations v, Violations warnings) {
    List<TargetTriwulanDok> tw = pi.targetTriwulan();
    if (tw.isEmpty()) {
      return;
    }
    if (rules.twTargetMode() == TwTargetMode.NONE) {
      v.add(Violations.at(at, "targetTriwulan"), "tw-target-mode-none", "indicator " + pi.kode()
          + " has twTargetMode NONE: set PER_PERIOD or CUMULATIVE on the indicator to give triwulan targets");
      return;
    }
    Set<Integer> seen = new HashSet<>();
    TargetDok tw4 = null;
    for (int k = 0; k < tw.size(); k++) {
      TargetTriwulanDok t = tw.get(k);
      String kat = Violations.at(Violations.at(at, "targetTriwulan"), k);
      if (!seen.add(t.triwulan())) {
        v.add(Violations.at(kat, "triwulan"), "duplicate-triwulan", "a second target for TW " + t.triwulan());
      }
      TargetRules.check(rules.targetType(), t.target(), Violations.at(kat, "target"), pi.kode(), v);
      if (t.triwulan() == 4) {
        tw4 = t.target();
      }
    }
    // DOMAIN §2.3: cumulative triwulan targets end at the annual target; a difference is shown, not refused.
    if (rules.twTargetMode() == TwTargetMode.CUMULATIVE && rules.targetType() == TargetType.NUMBER && tw4 != null
        && tw4.nilai() != null && pi.target() != null && pi.target().nilai() != null
        && tw4.nilai().compareTo(pi.target().nilai()) != 0) {
      warnings.add(Violations.at(at, "targetTriwulan"), "cumulative-tw4-equals-annual", "the cumulative TW IV target "
          + plain(tw4.nilai()) + " of " + pi.kode() + " differs from the annual target " + plain(pi.target().nilai()));
    }
  }

  private static String plain(BigDecimal b) {
    return b.toPlainString();
  }
}
