package id.kinerja.planning.domain.rencana;

import java.util.LinkedHashMap;
import java.util.Map;

import id.kinerja.planning.domain.NegativeFormula;
import id.kinerja.planning.domain.Polarity;
import id.kinerja.planning.domain.dokumen.IndikatorRule;
import id.kinerja.planning.domain.dokumen.IndikatorRuleDok;
import id.kinerja.planning.domain.dokumen.PejabatDok;
import id.kinerja.planning.domain.dokumen.PkDok;
import id.kinerja.planning.domain.dokumen.PkIndikatorDok;
import id.kinerja.planning.domain.dokumen.PkSasaranDok;
import id.kinerja.planning.domain.rules.RenstraIndex;

/**
 * What a PK fixes when it is ditetapkan (signed): the official as then recorded and the rules of each of its
 * indicators, with the lower-is-better formula resolved. docs/domain.md §3 E7: polarity is fixed on the indicator at PK
 * time, not when the report is written — a later Renstra revision does not change a signed PK's indicators.
 */
public record Penetapan(PejabatDok pihakPertama, Map<String, IndikatorRuleDok> aturan) {

  public static Penetapan of(PkDok pk, PejabatDok pihak, RenstraIndex renstra, NegativeFormula kabupatenDefault) {
    Map<String, IndikatorRuleDok> aturan = new LinkedHashMap<>();
    for (PkSasaranDok s : pk.sasaran()) {
      for (PkIndikatorDok i : s.indikator()) {
        IndikatorRule rules = i.indikator() != null ? i.indikator()
            : renstra == null ? null : renstra.indikator(i.indikatorKode());
        if (rules != null) {
          aturan.put(i.kode(), resolved(rules.aturan(), kabupatenDefault));
        }
      }
    }
    return new Penetapan(pihak, aturan);
  }

  /** The rules with negativeFormula resolved: the indicator's own, else the kabupaten default. */
  public static IndikatorRuleDok resolved(IndikatorRuleDok a, NegativeFormula kabupatenDefault) {
    NegativeFormula f = a.negativeFormula() != null ? a.negativeFormula() : kabupatenDefault;
    return new IndikatorRuleDok(a.kode(), a.nama(), a.satuan(), a.level(), a.anggaranKode(), a.iku(), a.ikuDetail(),
        a.polarity() == null ? Polarity.HIGHER_IS_BETTER : a.polarity(), f, a.targetType(), a.aggregation(),
        a.twTargetMode(), a.zeroTargetRule(), a.precision(), a.capaianScoreCap(), a.komponen(), a.evidenceRequired(),
        a.dueTriwulan());
  }
}
