package id.kinerja.realization.domain;

/** One version of one budget line's triwulan spending (a row of realisasi_anggaran). Rupiah as long. */
public class RealisasiAnggaran extends Realisasi {

  public long nilai;
  public boolean melebihiPagu;
  public String keterangan;

  @Override
  public Jenis jenis() {
    return Jenis.ANGGARAN;
  }
}
