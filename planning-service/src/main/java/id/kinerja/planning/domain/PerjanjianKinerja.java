package id.kinerja.planning.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One version of one official's Perjanjian Kinerja for a year. A draft may change (each change a new revisi); once
 * ditetapkan it never changes again (also enforced by a database trigger) and a change is a new version. {@code isi}
 * is the canonical JSON of the import-format PK; {@code penetapan} what was fixed when it was signed.
 */
@Entity
public class PerjanjianKinerja extends EditedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String kecamatanKode;

  public int tahun;

  /** The official's NIP, or "nama:" + name for an official recorded without one. */
  public String pihakKunci;

  public String pihakNama;

  public int versi;

  @Enumerated(EnumType.STRING)
  public PkJenis jenis;

  @Enumerated(EnumType.STRING)
  public PkStatus status;

  /** Increases with every change of a draft; also the ETag. */
  public int revisi;

  public LocalDate tanggal;

  public String isi;

  public String penetapan;

  public Instant ditetapkanAt;

  public String ditetapkanBy;

  public boolean ditetapkan() {
    return status == PkStatus.DITETAPKAN;
  }
}
