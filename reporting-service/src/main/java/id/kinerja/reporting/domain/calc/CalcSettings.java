package id.kinerja.reporting.domain.calc;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The kabupaten's calculation settings (from planning.kabupaten.configured) plus the engine choices that are
 * configuration, not code.
 *
 * @param negativeFormulaDefault lower-is-better formula for indicators that do not choose one
 * @param overallMode how the kecamatan overall capaian is formed
 * @param capaianScoreCap kabupaten cap of capaianScore (e.g. 100: "above 100 counts as 100"); null = no cap
 * @param floorNegativeAtZero floor TWO_T_MINUS_R results (and the range forms of it) at 0
 * @param rollUpBasis which capaian roll-ups average (stated in every {@link Mean})
 * @param efisiensiFormula formula of efisiensi, printed as its label
 */
public record CalcSettings(NegativeFormula negativeFormulaDefault, OverallMode overallMode, BigDecimal capaianScoreCap,
    boolean floorNegativeAtZero, CapaianBasis rollUpBasis, EfisiensiFormula efisiensiFormula) {

  /** TWO_T_MINUS_R, overall over IKU, no cap, no floor, roll-ups over the score, efisiensi = capaian − serapan. */
  public static final CalcSettings DEFAULT = new CalcSettings(NegativeFormula.TWO_T_MINUS_R, OverallMode.IKU, null, false,
      CapaianBasis.SCORE, EfisiensiFormula.CAPAIAN_MINUS_SERAPAN);

  public CalcSettings {
    Objects.requireNonNull(negativeFormulaDefault, "negativeFormulaDefault");
    Objects.requireNonNull(overallMode, "overallMode");
    Objects.requireNonNull(rollUpBasis, "rollUpBasis");
    Objects.requireNonNull(efisiensiFormula, "efisiensiFormula");
  }

  /** The four settings of planning.kabupaten.configured, with the engine defaults for the rest. */
  public static CalcSettings ofKabupaten(NegativeFormula negativeFormulaDefault, OverallMode overallMode,
      BigDecimal capaianScoreCap, boolean floorNegativeAtZero) {
    return new CalcSettings(negativeFormulaDefault, overallMode, capaianScoreCap, floorNegativeAtZero, CapaianBasis.SCORE,
        EfisiensiFormula.CAPAIAN_MINUS_SERAPAN);
  }

  /** A copy with another kabupaten cap (null = no cap). */
  public CalcSettings withCap(BigDecimal cap) {
    return new CalcSettings(negativeFormulaDefault, overallMode, cap, floorNegativeAtZero, rollUpBasis, efisiensiFormula);
  }

  /** A copy with the TWO_T_MINUS_R floor at 0 switched. */
  public CalcSettings withFloorNegativeAtZero(boolean floor) {
    return new CalcSettings(negativeFormulaDefault, overallMode, capaianScoreCap, floor, rollUpBasis, efisiensiFormula);
  }

  /** A copy with another default lower-is-better formula. */
  public CalcSettings withNegativeFormulaDefault(NegativeFormula f) {
    return new CalcSettings(f, overallMode, capaianScoreCap, floorNegativeAtZero, rollUpBasis, efisiensiFormula);
  }

  /** A copy with another overall mode. */
  public CalcSettings withOverallMode(OverallMode m) {
    return new CalcSettings(negativeFormulaDefault, m, capaianScoreCap, floorNegativeAtZero, rollUpBasis, efisiensiFormula);
  }

  /** A copy averaging another basis in roll-ups. */
  public CalcSettings withRollUpBasis(CapaianBasis b) {
    return new CalcSettings(negativeFormulaDefault, overallMode, capaianScoreCap, floorNegativeAtZero, b, efisiensiFormula);
  }

  /** A copy with another efisiensi formula. */
  public CalcSettings withEfisiensiFormula(EfisiensiFormula f) {
    return new CalcSettings(negativeFormulaDefault, overallMode, capaianScoreCap, floorNegativeAtZero, rollUpBasis, f);
  }
}
