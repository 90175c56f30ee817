package id.kinerja.reporting.domain.figures;

import java.time.Instant;
import java.util.List;

/** Everything computed for one kecamatan-year in one view. */
public record KecamatanTahunFigures(String kabupatenKode, String kecamatanKode, int tahun, String tampilan,
    List<IndikatorFigure> indikator, List<SasaranFigure> sasaran, List<AnggaranFigure> anggaran,
    List<KecamatanFigure> kecamatan, Instant asOf) {
}
