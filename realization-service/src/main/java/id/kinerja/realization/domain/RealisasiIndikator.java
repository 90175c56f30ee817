package id.kinerja.realization.domain;

/** One version of one indicator's realisasi cell (a row of realisasi_indikator). */
public class RealisasiIndikator extends Realisasi {

  public NilaiIndikator nilai;

  @Override
  public Jenis jenis() {
    return Jenis.INDIKATOR;
  }
}
