package id.kinerja.realization.domain;

import java.util.Set;

/**
 * What the plan copy says about one indicator, as far as capturing its realisasi is concerned.
 *
 * @param komponenPembilang label of the numerator when the indicator is entered as components, else null
 * @param bolehNegatif      true only when the plan itself uses a negative target, bound or baseline
 * @param targetTahun       the year's target; null when the copy predates it
 * @param targetTriwulan    the targets of the triwulan that have one, by triwulan
 */
public record IndikatorDef(String kode, String nama, String satuan, String targetType, String aggregation,
    String komponenPembilang, String komponenPenyebut, int presisi, Set<Integer> dueTriwulan, boolean evidenceRequired,
    boolean bolehNegatif, String anggaranKode, int urutan, Target targetTahun, java.util.Map<Integer, Target> targetTriwulan) {

  public boolean berkomponen() {
    return komponenPembilang != null;
  }

  public boolean teks() {
    return "TEXT".equals(targetType);
  }

  public boolean due(int triwulan) {
    return dueTriwulan.contains(triwulan);
  }
}
