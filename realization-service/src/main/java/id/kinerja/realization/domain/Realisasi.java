package id.kinerja.realization.domain;

import java.time.Instant;

/**
 * One version of one realisasi cell (a row of realisasi_indikator or realisasi_anggaran): which cell, which version,
 * its workflow state and who did what when. What was entered differs by {@link Jenis} and lives in the subclasses.
 */
public abstract class Realisasi {

  public long id;
  public String kabupatenKode;
  public String kecamatanKode;
  public int tahun;
  public int triwulan;
  /** The cell within the kecamatan's triwulan: the indicator's or the budget line's kode. */
  public String kode;
  public int versi;
  public boolean terkini;
  public int revisi;
  /** The sheet revisi the last change of this row produced (GET of the sheet with sejak). */
  public long revisiLembar;
  public Status status;
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

  public abstract Jenis jenis();

  /**
   * Makes this the first draft of a new version of the cell: version {@code versi}, counted from revisi
   * {@code revisi}, created by {@code oleh} at {@code pada}.
   */
  public void startVersion(String kabupatenKode, String kecamatanKode, int tahun, int triwulan, String kode, int versi,
      int revisi, boolean terlambat, String oleh, Instant pada) {
    this.kabupatenKode = kabupatenKode;
    this.kecamatanKode = kecamatanKode;
    this.tahun = tahun;
    this.triwulan = triwulan;
    this.kode = kode;
    this.versi = versi;
    this.terkini = true;
    this.revisi = revisi;
    this.status = Status.DRAFT;
    this.terlambat = terlambat;
    this.dibuatOleh = oleh;
    this.dibuatPada = pada;
    this.diubahOleh = oleh;
    this.diubahPada = pada;
  }

  /**
   * Records a workflow action on this version: its new status, one more revisi, and who did it when. A submission
   * entered late marks the version late; a return keeps its reason.
   */
  public void apply(Workflow.Action action, String oleh, Instant pada, boolean late, AlasanKode kode, String alasan) {
    status = action.to();
    revisi++;
    switch (action) {
      case SUBMIT -> {
        diajukanOleh = oleh;
        diajukanPada = pada;
        terlambat |= late;
      }
      case VERIFY -> {
        diverifikasiOleh = oleh;
        diverifikasiPada = pada;
      }
      case APPROVE -> {
        disahkanOleh = oleh;
        disahkanPada = pada;
      }
      case RETURN -> {
        dikembalikanOleh = oleh;
        dikembalikanPada = pada;
        kembaliAlasanKode = kode;
        kembaliAlasan = alasan;
      }
    }
  }

  /** Back to an editable draft after the operator changed it: one more revisi, late if entered late. */
  public void edited(String oleh, Instant pada, boolean late) {
    status = Status.DRAFT;
    revisi++;
    terlambat |= late;
    diubahOleh = oleh;
    diubahPada = pada;
  }
}
