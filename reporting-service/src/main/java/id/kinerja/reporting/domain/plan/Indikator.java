package id.kinerja.reporting.domain.plan;

import java.math.BigDecimal;
import java.util.List;

/** One indicator of a plan with the attributes that carry its calculation rules (docs/domain.md §2.1). */
public record Indikator(String kode, String nama, String satuan, String sasaranKode, String level, String anggaranKode,
    boolean iku, String polarity, String negativeFormula, String targetType, String aggregation, String twTargetMode,
    String zeroTargetRule, int precision, BigDecimal capaianScoreCap, Komponen komponen, boolean evidenceRequired,
    List<Integer> dueTriwulan, Target target, List<TargetTriwulan> targetTriwulan, Baseline baseline,
    TargetAkhir targetAkhir, List<Riwayat> riwayat) {

  public Indikator {
    dueTriwulan = dueTriwulan == null ? List.of() : List.copyOf(dueTriwulan);
    targetTriwulan = targetTriwulan == null ? List.of() : List.copyOf(targetTriwulan);
    riwayat = riwayat == null ? List.of() : List.copyOf(riwayat);
  }

  public record Komponen(String pembilang, String penyebut) {
  }

  public record TargetTriwulan(int triwulan, Target target) {
  }

  public record Baseline(int tahun, BigDecimal nilai) {
  }

  public record TargetAkhir(int tahun, Target target) {
  }

  public record Riwayat(int tahun, BigDecimal realisasi, String sumber) {
  }

  /** The triwulan target of TW n, if the Rencana Aksi sets one. */
  public Target targetTriwulan(int triwulan) {
    return targetTriwulan.stream().filter(t -> t.triwulan() == triwulan).map(TargetTriwulan::target).findFirst()
        .orElse(null);
  }
}
