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

/** An indicator's definition and calculation rules; omitted attributes take the defaults of docs/domain.md §2.1. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "IndikatorAturan", description = "Indicator definition with the rules its capaian needs (docs/domain.md §2.1)")
public record IndikatorRuleDok(
    @Schema(description = "Unique within the kecamatan's plan of a year", examples = "SEKCAM-ADM-SOP") String kode,
    @Schema(examples = "Persentase Administrasi Perkantoran sesuai SOP") String nama,
    @Schema(examples = "%") String satuan,
    @Schema(description = "Default: TUJUAN/SASARAN in the Renstra, from the sasaran level in a PK", examples = "INDIVIDU") IndikatorLevel level,
    @Schema(description = "Budget line this indicator measures", examples = "7.01.05") String anggaranKode,
    @Schema(description = "Indikator Kinerja Utama; default false", examples = "false") Boolean iku,
    IkuDetailDok ikuDetail,
    @Schema(description = "Default HIGHER_IS_BETTER", examples = "HIGHER_IS_BETTER") Polarity polarity,
    @Schema(description = "Lower-is-better formula; absent = the kabupaten default", examples = "TWO_T_MINUS_R") NegativeFormula negativeFormula,
    @Schema(description = "Default NUMBER", examples = "NUMBER") TargetType targetType,
    @Schema(description = "Required; how triwulan values combine", examples = "LAST") Aggregation aggregation,
    @Schema(description = "Default NONE", examples = "PER_PERIOD") TwTargetMode twTargetMode,
    @Schema(description = "Default NOT_COMPUTABLE", examples = "NOT_COMPUTABLE") ZeroTargetRule zeroTargetRule,
    @Schema(description = "Decimals shown; default 2", examples = "2") Integer precision,
    @Schema(description = "Per-indicator cap of capaianScore; absent = the kabupaten setting", examples = "120") BigDecimal capaianScoreCap,
    @Schema(description = "Required for RATIO_OF_SUMS") KomponenDok komponen,
    @Schema(description = "Default false", examples = "false") Boolean evidenceRequired,
    @Schema(description = "Triwulan in which a realisasi is due; default [1, 2, 3, 4]", examples = "[4]") List<Integer> dueTriwulan)
    implements IndikatorRule {

  @Override
  public IndikatorRuleDok aturan() {
    return this;
  }
}
