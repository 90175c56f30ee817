package id.kinerja.reporting.domain.calc;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import id.kinerja.domain.predikat.Skala;

/**
 * One kecamatan-year as the reporting projections hold it: the plan copy (rules, targets, budget lines with pagu)
 * and the counted realisasi cells, as of a triwulan.
 *
 * @param kecamatanKode kecamatan
 * @param tahun year
 * @param asOfTw the report's triwulan (4 for the year)
 * @param settings kabupaten settings
 * @param indikator every indicator with its cells
 * @param sasaranBobot sasaran weights for SASARAN overall mode (null/empty = equal)
 * @param anggaran every budget line with its realisasi
 * @param kinerjaScale KINERJA predicate scale of the kabupaten-year, or null
 */
public record KecamatanTahunInput(String kecamatanKode, int tahun, int asOfTw, CalcSettings settings,
    List<IndikatorInput> indikator, Map<String, BigDecimal> sasaranBobot, List<AnggaranLine> anggaran,
    Skala kinerjaScale) {

  public KecamatanTahunInput {
    Objects.requireNonNull(settings, "settings");
    PerTriwulan.checkTriwulan(asOfTw);
    indikator = indikator == null ? List.of() : List.copyOf(indikator);
    anggaran = anggaran == null ? List.of() : List.copyOf(anggaran);
    sasaranBobot = sasaranBobot == null || sasaranBobot.isEmpty() ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(sasaranBobot));
  }
}
