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

  /** Tugas pokok as the kecamatan's Perbup states it, or null when not recorded. */
  public String tugasPokok;

  /** Fungsi in order, as a JSON array of texts, or null when none are recorded. */
  public String fungsi;

  /** Dasar hukum in order, as a JSON array of texts, or null when none are recorded. */
  public String dasarHukum;

  /** Provenance notes of the last import (JSON array of catatanSumber), or null. */
  public String catatanSumber;

  /** Permendagri codes nest: 35.02.14 is in kabupaten 35.02. */
  public static String kabupatenOf(String kecamatanKode) {
    return kecamatanKode.substring(0, 5);
  }
}
