package id.kinerja.planning.domain.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import id.kinerja.planning.domain.IndikatorLevel;
import id.kinerja.planning.domain.Polarity;
import id.kinerja.planning.domain.SasaranLevel;
import id.kinerja.planning.domain.TargetType;
import id.kinerja.planning.domain.TwTargetMode;
import id.kinerja.planning.domain.ZeroTargetRule;
import id.kinerja.planning.domain.dokumen.BandDok;
import id.kinerja.planning.domain.dokumen.IndikatorRuleDok;
import id.kinerja.planning.domain.dokumen.IndikatorRenstraDok;
import id.kinerja.planning.domain.dokumen.KecamatanDok;
import id.kinerja.planning.domain.dokumen.PkDok;
import id.kinerja.planning.domain.dokumen.PkIndikatorDok;
import id.kinerja.planning.domain.dokumen.PkSasaranDok;
import id.kinerja.planning.domain.dokumen.RenstraDok;
import id.kinerja.planning.domain.dokumen.RiwayatDok;
import id.kinerja.planning.domain.dokumen.SasaranDok;
import id.kinerja.planning.domain.dokumen.SkalaDok;
import id.kinerja.planning.domain.dokumen.TahunNilaiDok;
import id.kinerja.planning.domain.dokumen.TahunTargetDok;
import id.kinerja.planning.domain.dokumen.TargetDok;
import id.kinerja.planning.domain.dokumen.TargetTriwulanDok;
import id.kinerja.planning.domain.dokumen.TujuanDok;

/**
 * Fills the defaults the document format declares (docs/domain.md §2.1) and writes every decimal in one form, so that a
 * stored plan, its export and a re-import of that export compare equal: what was stated stays, what was omitted
 * is filled in, nothing else changes.
 */
public final class Defaults {

  public static final List<Integer> ALL_TRIWULAN = List.of(1, 2, 3, 4);

  private Defaults() {
  }

  public static KecamatanDok kecamatan(KecamatanDok k) {
    return new KecamatanDok(k.kode(), k.kodeBps(), k.nama(), k.alamat(), list(k.desa()), list(k.unitKerja()),
        list(k.pejabat()), k.tugasPokok(), list(k.fungsi()), list(k.dasarHukum()));
  }

  public static RenstraDok renstra(RenstraDok r) {
    List<TujuanDok> tujuan = list(r.tujuan()).stream()
        .map(t -> new TujuanDok(t.kode(), t.uraian(), indikatorRenstra(t.indikator(), IndikatorLevel.TUJUAN)))
        .toList();
    List<SasaranDok> sasaran = list(r.sasaran()).stream()
        .map(s -> new SasaranDok(s.kode(), s.uraian(), s.tujuanKode(), indikatorRenstra(s.indikator(), IndikatorLevel.SASARAN)))
        .toList();
    return new RenstraDok(r.kode(), r.nama(), r.periodeAwal(), r.periodeAkhir(), tujuan, sasaran);
  }

  private static List<IndikatorRenstraDok> indikatorRenstra(List<IndikatorRenstraDok> list, IndikatorLevel level) {
    return list(list).stream().map(i -> {
      IndikatorRenstraDok withRules = i.withAturan(aturan(i.aturan(), level));
      return new IndikatorRenstraDok(withRules.kode(), withRules.nama(), withRules.satuan(), withRules.level(),
          withRules.anggaranKode(), withRules.iku(), withRules.ikuDetail(), withRules.polarity(),
          withRules.negativeFormula(), withRules.targetType(), withRules.aggregation(), withRules.twTargetMode(),
          withRules.zeroTargetRule(), withRules.precision(), withRules.capaianScoreCap(), withRules.komponen(),
          withRules.evidenceRequired(), withRules.dueTriwulan(),
          i.baseline() == null ? null : new TahunNilaiDok(i.baseline().tahun(), number(i.baseline().nilai())),
          list(i.targetTahunan()).stream().map(t -> new TahunTargetDok(t.tahun(), target(t.target()))).toList(),
          i.targetAkhir() == null ? null : new TahunTargetDok(i.targetAkhir().tahun(), target(i.targetAkhir().target())),
          list(i.riwayat()).stream().map(h -> new RiwayatDok(h.tahun(), number(h.realisasi()), h.sumber())).toList());
    }).toList();
  }

  /** The rule attributes with every omitted one at its default; {@code level} is used when none is stated. */
  public static IndikatorRuleDok aturan(IndikatorRuleDok a, IndikatorLevel level) {
    return new IndikatorRuleDok(a.kode(), a.nama(), a.satuan(), a.level() == null ? level : a.level(), a.anggaranKode(),
        a.iku() == null ? Boolean.FALSE : a.iku(), a.ikuDetail(),
        a.polarity() == null ? Polarity.HIGHER_IS_BETTER : a.polarity(), a.negativeFormula(),
        a.targetType() == null ? TargetType.NUMBER : a.targetType(), a.aggregation(),
        a.twTargetMode() == null ? TwTargetMode.NONE : a.twTargetMode(),
        a.zeroTargetRule() == null ? ZeroTargetRule.NOT_COMPUTABLE : a.zeroTargetRule(),
        a.precision() == null ? Integer.valueOf(2) : a.precision(), number(a.capaianScoreCap()), a.komponen(),
        a.evidenceRequired() == null ? Boolean.FALSE : a.evidenceRequired(),
        a.dueTriwulan() == null ? ALL_TRIWULAN : a.dueTriwulan());
  }

  /**
   * A PK with defaults: a sasaran that is a Renstra sasaran is STRATEGIS, another one INDIVIDU; an own indicator
   * takes its level from its sasaran. Budget lines are left as stated (their computed pagu is filled by
   * {@link AnggaranRules}).
   */
  public static PkDok pk(PkDok pk, Set<String> renstraSasaran) {
    List<PkSasaranDok> sasaran = list(pk.sasaran()).stream().map(s -> {
      SasaranLevel level = s.level() != null ? s.level()
          : renstraSasaran.contains(s.kode()) ? SasaranLevel.STRATEGIS : SasaranLevel.INDIVIDU;
      List<PkIndikatorDok> indikator = list(s.indikator()).stream()
          .map(i -> new PkIndikatorDok(i.indikatorKode(),
              i.indikator() == null ? null : aturan(i.indikator(), level.indikatorLevel()), target(i.target()),
              list(i.targetTriwulan()).stream().map(t -> new TargetTriwulanDok(t.triwulan(), target(t.target()))).toList()))
          .toList();
      return new PkSasaranDok(s.kode(), s.uraian(), level, indikator);
    }).toList();
    return new PkDok(pk.tahun(), pk.pihakPertama(), pk.pihakKedua(), pk.jenis(), pk.versi(), pk.tanggal(),
        pk.ditetapkan(), sasaran, list(pk.anggaran()), pk.belanja());
  }

  public static SkalaDok skala(SkalaDok s) {
    return new SkalaDok(s.tahun(), s.tujuan(), s.nama(), list(s.bands()).stream()
        .map(b -> new BandDok(number(b.lower()), b.lowerInclusive(), number(b.upper()), b.upperInclusive(), b.skor(),
            b.label(), b.kode()))
        .toList());
  }

  public static TargetDok target(TargetDok t) {
    return t == null ? null : new TargetDok(number(t.nilai()), number(t.min()), number(t.max()), t.teks());
  }

  /** One spelling per value: 80, 80.0 and 80.00 are all written 80. */
  public static BigDecimal number(BigDecimal v) {
    if (v == null) {
      return null;
    }
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  public static <T> List<T> list(List<T> l) {
    return l == null ? List.of() : l;
  }

  public static <T, R> List<R> map(List<T> l, Function<T, R> f) {
    return list(l).stream().map(f).toList();
  }
}
