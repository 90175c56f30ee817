package id.kinerja.planning.domain.dokumen;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.planning.domain.Aggregation;
import id.kinerja.planning.domain.IndikatorLevel;
import id.kinerja.planning.domain.NegativeFormula;
import id.kinerja.planning.domain.Polarity;
import id.kinerja.planning.domain.TargetType;
import id.kinerja.planning.domain.TwTargetMode;
import id.kinerja.planning.domain.ZeroTargetRule;

/** A Renstra indicator: its rules, baseline, a target for every year of the period, the end target, earlier realisasi. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "IndikatorRenstra")
public record IndikatorRenstraDok(
    @Schema(required = true, examples = "IKU-SKM") String kode,
    @Schema(required = true, examples = "Nilai Survey Kepuasan Masyarakat (SKM) Pelayanan Administrasi") String nama,
    @Schema(required = true, examples = "indeks") String satuan,
    @Schema(examples = "SASARAN") IndikatorLevel level,
    @Schema(examples = "7.01.02") String anggaranKode,
    @Schema(examples = "true") Boolean iku,
    IkuDetailDok ikuDetail,
    @Schema(examples = "HIGHER_IS_BETTER") Polarity polarity,
    @Schema(examples = "TWO_T_MINUS_R") NegativeFormula negativeFormula,
    @Schema(examples = "NUMBER") TargetType targetType,
    @Schema(required = true, examples = "LAST") Aggregation aggregation,
    @Schema(examples = "PER_PERIOD") TwTargetMode twTargetMode,
    @Schema(examples = "NOT_COMPUTABLE") ZeroTargetRule zeroTargetRule,
    @Schema(examples = "2") Integer precision,
    @Schema(examples = "120") BigDecimal capaianScoreCap,
    KomponenDok komponen,
    @Schema(examples = "false") Boolean evidenceRequired,
    @Schema(examples = "[4]") List<Integer> dueTriwulan,
    TahunNilaiDok baseline,
    @Schema(required = true, description = "One target for every year of the Renstra period") List<TahunTargetDok> targetTahunan,
    @Schema(description = "End-of-period target, for tingkat kemajuan") TahunTargetDok targetAkhir,
    List<RiwayatDok> riwayat) implements IndikatorRule {

  /** This indicator with other rule attributes (used to fill defaults). */
  public IndikatorRenstraDok withAturan(IndikatorRuleDok a) {
    return new IndikatorRenstraDok(a.kode(), a.nama(), a.satuan(), a.level(), a.anggaranKode(), a.iku(), a.ikuDetail(),
        a.polarity(), a.negativeFormula(), a.targetType(), a.aggregation(), a.twTargetMode(), a.zeroTargetRule(),
        a.precision(), a.capaianScoreCap(), a.komponen(), a.evidenceRequired(), a.dueTriwulan(), baseline, targetTahunan,
        targetAkhir, riwayat);
  }
}
