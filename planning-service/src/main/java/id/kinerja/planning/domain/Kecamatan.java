package id.kinerja.planning.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A kecamatan (a perangkat daerah of its kabupaten); its desa, units and officials are rows of their own. */
@Entity
public class Kecamatan extends VersionedEntity {

  @Id
  public String kode;

  public String kabupatenKode;

  public String kodeBps;

  public String nama;

  public String alamat;

  /** Provenance notes of the last import (JSON array of catatanSumber), or null. */
  public String catatanSumber;

  /** Permendagri codes nest: 35.02.14 is in kabupaten 35.02. */
  public static String kabupatenOf(String kecamatanKode) {
    return kecamatanKode.substring(0, 5);
  }
}
