package id.kinerja.realization.domain;

/** A budget line of the plan copy. Realisasi is entered only on lines without children (usually sub kegiatan). */
public record AnggaranDef(String kode, String nama, String level, String parentKode, long pagu, boolean punyaAnak,
    int urutan) {
}
