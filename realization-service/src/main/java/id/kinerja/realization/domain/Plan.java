package id.kinerja.realization.domain;

import java.util.Map;

/** The plan copy of one kecamatan and year: indicators and budget lines in plan order, keyed by kode. */
public record Plan(String kabupatenKode, String kecamatanKode, int tahun, int planVersi,
    Map<String, IndikatorDef> indikator, Map<String, AnggaranDef> anggaran) {
}
