package id.kinerja.planning.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One version of one official's Perjanjian Kinerja for a year. A draft may change (each change a new revisi); once
 * ditetapkan it never changes again (also enforced by a database trigger) and a change is a new version. {@code isi}
 * is the canonical JSON of the import-format PK; {@code penetapan} what was fixed when it was signed.
 */
@Entity
@Table(name = "perjanjian_kinerja")
public class PerjanjianKinerja extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "kecamatan_kode")
  public String kecamatanKode;

  public int tahun;

  /** The official's NIP, or "nama:" + name for an official recorded without one. */
  @Column(name = "pihak_kunci")
  public String pihakKunci;

  @Column(name = "pihak_nama")
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

  @Column(name = "ditetapkan_at")
  public Instant ditetapkanAt;

  @Column(name = "ditetapkan_by")
  public String ditetapkanBy;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Column(name = "updated_by")
  public String updatedBy;

  public boolean ditetapkan() {
    return status == PkStatus.DITETAPKAN;
  }
}
