package id.kinerja.reporting.domain.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import id.kinerja.domain.predikat.Band;
import id.kinerja.domain.predikat.Skala;

/**
 * IKM (docs/domain.md §2.7): NRR per unsur = Σ ratings / respondents answering it; IKM = the exact mean of the nine NRR (not a
 * rounded 0,111 weight); IKM unit pelayanan = IKM × 25; mutu from a scale on the value rounded to 2 decimals.
 *
 * @param status COMPUTED, or NOT_REPORTED when an unsur has no respondent
 * @param nrr the nine NRR, unrounded (null entries for unanswered unsur)
 * @param ikm the index 1–4, unrounded, or null
 * @param nilai IKM × 25 (25–100), unrounded, or null
 * @param mutu band of {@code nilai} on the IKM scale, or null
 */
public record Ikm(CapaianStatus status, List<BigDecimal> nrr, BigDecimal ikm, BigDecimal nilai, Band mutu) {

  private static final BigDecimal NINE = BigDecimal.valueOf(9);
  private static final BigDecimal TWENTY_FIVE = BigDecimal.valueOf(25);

  /** IKM of a tally (of one service, or pooled), classified with the IKM mutu scale (null = no mutu). */
  public static Ikm of(SkmTally tally, Skala mutuScale) {
    List<BigDecimal> nrr = new ArrayList<>(SkmTally.UNSUR);
    BigDecimal sum = BigDecimal.ZERO;
    boolean complete = true;
    for (UnsurTally u : tally.unsur()) {
      if (u.responden() == 0) {
        nrr.add(null);
        complete = false;
        continue;
      }
      BigDecimal v = Calc.divide(BigDecimal.valueOf(u.jumlahNilai()), BigDecimal.valueOf(u.responden()));
      nrr.add(v);
      sum = sum.add(v);
    }
    List<BigDecimal> fixed = java.util.Collections.unmodifiableList(nrr);
    if (!complete) {
      return new Ikm(CapaianStatus.NOT_REPORTED, fixed, null, null, null);
    }
    BigDecimal ikm = Calc.divide(sum, NINE);
    BigDecimal nilai = ikm.multiply(TWENTY_FIVE);
    return new Ikm(CapaianStatus.COMPUTED, fixed, ikm, nilai, Predikat.classify(mutuScale, nilai));
  }

  /** The IKM unit pelayanan (× 25) rounded HALF_UP to 2 decimals, or null. */
  public BigDecimal display() {
    return nilai == null ? null : Angka.round(nilai);
  }
}
