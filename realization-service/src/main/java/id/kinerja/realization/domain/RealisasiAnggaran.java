package id.kinerja.realization.domain;

import java.time.Instant;

/** One version of one budget line's triwulan spending (a row of realisasi_anggaran). Rupiah as long. */
public class RealisasiAnggaran {

  public long id;
  public String kabupatenKode;
  public String kecamatanKode;
  public int tahun;
  public int triwulan;
  public String anggaranKode;
  public int versi;
  public boolean terkini;
  public int revisi;
  /** The sheet revisi the last change of this row produced (GET of the sheet with sejak). */
  public long revisiLembar;
  public Status status;
  public long nilai;
  public boolean melebihiPagu;
  public String keterangan;
  public String alasanKoreksi;
  public AlasanKode kembaliAlasanKode;
  public String kembaliAlasan;
  public boolean terlambat;
  public String dibuatOleh;
  public Instant dibuatPada;
  public String diubahOleh;
  public Instant diubahPada;
  public String diajukanOleh;
  public Instant diajukanPada;
  public String diverifikasiOleh;
  public Instant diverifikasiPada;
  public String disahkanOleh;
  public Instant disahkanPada;
  public String dikembalikanOleh;
  public Instant dikembalikanPada;
}
