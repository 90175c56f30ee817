package id.kinerja.planning.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A Renstra of a kecamatan. {@code isi} is the canonical JSON of its import-format part (tujuan, sasaran,
 * indicators with rules and yearly targets): the Renstra is revised as a whole, each revision a new versi.
 */
@Entity
public class Renstra extends VersionedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String kecamatanKode;

  public String kode;

  public String nama;

  public int periodeAwal;

  public int periodeAkhir;

  public String isi;

  public boolean covers(int tahun) {
    return periodeAwal <= tahun && tahun <= periodeAkhir;
  }
}
