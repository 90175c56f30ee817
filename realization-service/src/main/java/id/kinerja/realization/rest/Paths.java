package id.kinerja.realization.rest;

/** URLs of the resources, for Location headers and download links. */
final class Paths {

  static final String KECAMATAN = "\\d{2}\\.\\d{2}\\.\\d{2}";
  static final String TRIWULAN = "/api/kecamatan/{kecamatan}/realisasi/{tahun}/{triwulan}";

  private Paths() {
  }

  static String triwulan(String kecamatan, int tahun, int triwulan) {
    return "/api/kecamatan/" + kecamatan + "/realisasi/" + tahun + "/" + triwulan;
  }

  static String indikator(String kecamatan, int tahun, int triwulan, String kode) {
    return triwulan(kecamatan, tahun, triwulan) + "/indikator/" + kode;
  }

  static String anggaran(String kecamatan, int tahun, int triwulan, String kode) {
    return triwulan(kecamatan, tahun, triwulan) + "/anggaran/" + kode;
  }

  /** The kabupaten of a kecamatan: its code's first two segments (35.02.08 → 35.02). */
  static String kabupaten(String kecamatan) {
    return kecamatan.substring(0, 5);
  }
}
