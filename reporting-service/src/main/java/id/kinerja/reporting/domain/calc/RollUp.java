package id.kinerja.reporting.domain.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Roll-ups (docs/domain.md §2.4, §2.9.6): only capaian is averaged, over the members that have one (coverage shown);
 * absent members are skipped, never counted as 0. Inputs are unrounded, so the mean is exact (E9, E12).
 */
public final class RollUp {

  private RollUp() {
  }

  /** Unweighted mean of the given capaian views. */
  public static Mean mean(List<CapaianResult> capaian, CapaianBasis basis) {
    int expected = 0;
    int reported = 0;
    int notReported = 0;
    BigDecimal sum = BigDecimal.ZERO;
    for (CapaianResult c : capaian) {
      if (!c.status().expected()) {
        continue;
      }
      expected++;
      if (c.hasValue()) {
        reported++;
        sum = sum.add(c.value(basis));
      } else if (c.status() == CapaianStatus.NOT_REPORTED) {
        notReported++;
      }
    }
    return finish(sum, BigDecimal.valueOf(reported), reported, expected, notReported, basis, false);
  }

  /**
   * The unweighted mean from a sum already formed: {@code reported} members with a figure adding up to {@code sum},
   * {@code expected} members in all, {@code notReported} of them without their realisasi. Equal to {@link #mean} over
   * those members.
   */
  public static Mean meanOfSum(BigDecimal sum, int reported, int expected, int notReported, CapaianBasis basis) {
    return finish(sum, BigDecimal.valueOf(reported), reported, expected, notReported, basis, false);
  }

  /**
   * Mean of roll-up members; with {@code useWeights} each member counts with its bobot (null = 1), renormalised over
   * the members that have a figure.
   */
  public static Mean mean(List<RollUpItem> items, CapaianBasis basis, boolean useWeights) {
    int expected = 0;
    int reported = 0;
    int notReported = 0;
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    for (RollUpItem item : items) {
      CapaianResult c = item.capaian();
      if (!c.status().expected()) {
        continue;
      }
      expected++;
      if (c.hasValue()) {
        reported++;
        BigDecimal w = useWeights && item.bobot() != null ? item.bobot() : BigDecimal.ONE;
        sum = sum.add(c.value(basis).multiply(w));
        weights = weights.add(w);
      } else if (c.status() == CapaianStatus.NOT_REPORTED) {
        notReported++;
      }
    }
    return finish(sum, weights, reported, expected, notReported, basis, useWeights);
  }

  /**
   * Sasaran means and the overall capaian of one kecamatan for one view.
   *
   * @param items one member per indicator (all indicators; IKU mode uses those with {@code iku})
   * @param sasaranBobot weights of the sasaran in SASARAN mode (absent = 1); null or empty = equal weights
   * @param settings overall mode and basis
   */
  public static KecamatanRollUp kecamatan(List<RollUpItem> items, Map<String, BigDecimal> sasaranBobot,
      CalcSettings settings) {
    CapaianBasis basis = settings.rollUpBasis();
    Map<String, List<RollUpItem>> bySasaran = new LinkedHashMap<>();
    List<RollUpItem> iku = new ArrayList<>();
    boolean indicatorWeights = false;
    for (RollUpItem item : items) {
      bySasaran.computeIfAbsent(item.sasaranKode() == null ? "" : item.sasaranKode(), k -> new ArrayList<>()).add(item);
      if (item.iku()) {
        iku.add(item);
      }
      indicatorWeights |= item.bobot() != null;
    }
    List<SasaranMean> sasaran = new ArrayList<>(bySasaran.size());
    for (Map.Entry<String, List<RollUpItem>> e : bySasaran.entrySet()) {
      sasaran.add(new SasaranMean(e.getKey().isEmpty() ? null : e.getKey(), mean(e.getValue(), basis, indicatorWeights)));
    }
    Mean overall;
    if (settings.overallMode() == OverallMode.IKU) {
      overall = mean(iku, basis, false);
    } else {
      overall = ofSasaran(sasaran, sasaranBobot, basis);
    }
    return new KecamatanRollUp(List.copyOf(sasaran), overall, settings.overallMode());
  }

  /**
   * The mean of each sasaran's members on the RAW basis (efisiensi is computed from raw values), keyed by sasaran in the
   * order the sasaran first appear (members without sasaran under null); members count with their bobot when any
   * member has one.
   */
  public static Map<String, Mean> bySasaranRaw(List<RollUpItem> items) {
    Map<String, List<RollUpItem>> bySasaran = new LinkedHashMap<>();
    boolean weights = false;
    for (RollUpItem item : items) {
      bySasaran.computeIfAbsent(item.sasaranKode(), k -> new ArrayList<>()).add(item);
      weights |= item.bobot() != null;
    }
    Map<String, Mean> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<RollUpItem>> e : bySasaran.entrySet()) {
      out.put(e.getKey(), mean(e.getValue(), CapaianBasis.RAW, weights));
    }
    return out;
  }

  /** Mean of sasaran means, weighted by {@code bobot} where given (absent = 1). */
  public static Mean ofSasaran(List<SasaranMean> sasaran, Map<String, BigDecimal> bobot, CapaianBasis basis) {
    boolean weighted = bobot != null && !bobot.isEmpty();
    int expected = 0;
    int reported = 0;
    int notReported = 0;
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    for (SasaranMean s : sasaran) {
      Mean m = s.mean();
      if (m.coverage().expected() == 0) {
        continue;
      }
      expected++;
      if (m.status() == CapaianStatus.NOT_REPORTED) {
        notReported++;
      }
      if (m.hasValue()) {
        reported++;
        BigDecimal w = weighted && bobot.get(s.sasaranKode()) != null ? bobot.get(s.sasaranKode()) : BigDecimal.ONE;
        sum = sum.add(m.nilai().multiply(w));
        weights = weights.add(w);
      }
    }
    return finish(sum, weights, reported, expected, notReported, basis, weighted);
  }

  private static Mean finish(BigDecimal sum, BigDecimal weights, int reported, int expected, int notReported,
      CapaianBasis basis, boolean weighted) {
    Coverage coverage = new Coverage(reported, expected);
    if (expected == 0) {
      return new Mean(CapaianStatus.NOT_DUE, null, coverage, basis, weighted);
    }
    if (reported == 0) {
      // nothing to average: "not reported" if any member lacks its realisasi, else every member is not computable
      return new Mean(notReported > 0 ? CapaianStatus.NOT_REPORTED : CapaianStatus.NOT_COMPUTABLE, null, coverage, basis,
          weighted);
    }
    if (weights.signum() == 0) {
      return new Mean(CapaianStatus.NOT_COMPUTABLE, null, coverage, basis, weighted);
    }
    return new Mean(CapaianStatus.COMPUTED, Calc.divide(sum, weights), coverage, basis, weighted);
  }
}
