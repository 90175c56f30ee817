package id.kinerja.reporting.domain.calc;

import java.math.BigDecimal;
import java.util.Objects;

import id.kinerja.reporting.domain.ReportingMessages;

/**
 * The attributes of one indicator that carry its calculation rules (docs/domain.md §2.1), as in the plan copy
 * (planning.rencana-kinerja.published). Build it once per plan version and reuse it for every recomputation.
 *
 * @param kode indicator kode, unique within the kecamatan
 * @param sasaranKode sasaran the indicator belongs to (for sasaran means)
 * @param iku whether it is an IKU (for the kecamatan overall mean)
 * @param polarity higher or lower is better
 * @param negativeFormula lower-is-better formula; null = the kabupaten default of {@link CalcSettings}
 * @param aggregation how TW values form the value s.d. TW n and the annual value
 * @param twTargetMode meaning of the triwulan targets
 * @param zeroTargetRule what a target of 0 means
 * @param capaianScoreCap per-indicator cap of capaianScore; null = the kabupaten cap
 * @param bobot weight in the sasaran mean; null = 1 (equal weights)
 * @param satuan unit as planned (for the unit audit), may be null
 * @param precision decimals of realisasi as planned (display of realisasi only; capaian is always shown with 2)
 */
public record IndikatorRule(String kode, String sasaranKode, boolean iku, Polarity polarity, NegativeFormula negativeFormula,
    Aggregation aggregation, TwTargetMode twTargetMode, ZeroTargetRule zeroTargetRule, BigDecimal capaianScoreCap,
    BigDecimal bobot, String satuan, int precision) {

  public IndikatorRule {
    Objects.requireNonNull(kode, "kode");
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(aggregation, "aggregation");
    Objects.requireNonNull(twTargetMode, "twTargetMode");
    Objects.requireNonNull(zeroTargetRule, "zeroTargetRule");
    if (precision < 0 || precision > 6) {
      throw new PlanNotComputable(ReportingMessages.PLAN_PRECISION, "presisi", precision);
    }
    if (bobot != null && bobot.signum() < 0) {
      throw new PlanNotComputable(ReportingMessages.PLAN_BOBOT_NEGATIVE);
    }
  }

  /** A builder with the defaults: higher is better, SUM, no TW targets, target 0 not computable, precision 2. */
  public static Builder builder(String kode) {
    return new Builder(kode);
  }

  /** The lower-is-better formula in force: the indicator's own, else the kabupaten default. */
  public NegativeFormula negativeFormulaOr(CalcSettings settings) {
    return negativeFormula != null ? negativeFormula : settings.negativeFormulaDefault();
  }

  /** The cap in force: the indicator's own, else the kabupaten cap, else null (no cap). */
  public BigDecimal capOr(CalcSettings settings) {
    return capaianScoreCap != null ? capaianScoreCap : settings.capaianScoreCap();
  }

  /** Builder for {@link IndikatorRule}, so that callers are not tied to the record's parameter order. */
  public static final class Builder {
    private final String kode;
    private String sasaranKode;
    private boolean iku;
    private Polarity polarity = Polarity.HIGHER_IS_BETTER;
    private NegativeFormula negativeFormula;
    private Aggregation aggregation = Aggregation.SUM;
    private TwTargetMode twTargetMode = TwTargetMode.NONE;
    private ZeroTargetRule zeroTargetRule = ZeroTargetRule.NOT_COMPUTABLE;
    private BigDecimal capaianScoreCap;
    private BigDecimal bobot;
    private String satuan;
    private int precision = 2;

    private Builder(String kode) {
      this.kode = kode;
    }

    public Builder sasaranKode(String v) {
      this.sasaranKode = v;
      return this;
    }

    public Builder iku(boolean v) {
      this.iku = v;
      return this;
    }

    public Builder polarity(Polarity v) {
      this.polarity = v;
      return this;
    }

    public Builder negativeFormula(NegativeFormula v) {
      this.negativeFormula = v;
      return this;
    }

    public Builder aggregation(Aggregation v) {
      this.aggregation = v;
      return this;
    }

    public Builder twTargetMode(TwTargetMode v) {
      this.twTargetMode = v;
      return this;
    }

    public Builder zeroTargetRule(ZeroTargetRule v) {
      this.zeroTargetRule = v;
      return this;
    }

    public Builder capaianScoreCap(BigDecimal v) {
      this.capaianScoreCap = v;
      return this;
    }

    public Builder bobot(BigDecimal v) {
      this.bobot = v;
      return this;
    }

    public Builder satuan(String v) {
      this.satuan = v;
      return this;
    }

    public Builder precision(int v) {
      this.precision = v;
      return this;
    }

    public IndikatorRule build() {
      return new IndikatorRule(kode, sasaranKode, iku, polarity, negativeFormula, aggregation, twTargetMode, zeroTargetRule,
          capaianScoreCap, bobot, satuan, precision);
    }
  }
}
