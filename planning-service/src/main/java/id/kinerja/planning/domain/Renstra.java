package id.kinerja.planning.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A Renstra of a kecamatan. {@code isi} is the canonical JSON of its import-format part (tujuan, sasaran,
 * indicators with rules and yearly targets): the Renstra is revised as a whole, each revision a new versi.
 */
@Entity
public class Renstra extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "kecamatan_kode")
  public String kecamatanKode;

  public String kode;

  public String nama;

  @Column(name = "periode_awal")
  public int periodeAwal;

  @Column(name = "periode_akhir")
  public int periodeAkhir;

  public int versi;

  public String isi;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Column(name = "updated_by")
  public String updatedBy;

  public boolean covers(int tahun) {
    return periodeAwal <= tahun && tahun <= periodeAkhir;
  }
}
