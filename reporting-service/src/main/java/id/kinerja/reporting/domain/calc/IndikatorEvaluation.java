package id.kinerja.reporting.domain.calc;

import java.util.List;

import id.kinerja.domain.predikat.Band;

/**
 * All figures of one indicator for one kecamatan-year as of TW n.
 *
 * @param rule the indicator's rule
 * @param asOfTw the report's triwulan; "akhir" means s.d. this TW (the year when 4)
 * @param triwulan the views of TW I–IV (computed for all four from the given cells)
 * @param akhir the aggregate s.d. {@code asOfTw}
 * @param capaian the annual capaian: {@code akhir} against the annual target (never a TW target)
 * @param tingkatKemajuan {@code akhir} against the end-of-Renstra target (NO_TARGET without one)
 * @param predikat band of {@code capaian}'s score rounded to 2 decimals, or null (no scale, or no value)
 * @param warnings remarks such as a cumulative TW IV target that differs from the annual target
 */
public record IndikatorEvaluation(IndikatorRule rule, int asOfTw, PerTriwulan<TriwulanView> triwulan, AggregatedValue akhir,
    CapaianResult capaian, CapaianResult tingkatKemajuan, Band predikat, List<Warning> warnings) {

  /** The views of triwulan {@code tw}. */
  public TriwulanView tw(int tw) {
    return triwulan.get(tw);
  }

  /** Indicator kode. */
  public String kode() {
    return rule.kode();
  }
}
