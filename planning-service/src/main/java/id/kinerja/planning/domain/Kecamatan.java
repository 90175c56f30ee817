package id.kinerja.planning.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A kecamatan (a perangkat daerah of its kabupaten); its desa, units and officials are rows of their own. */
@Entity
public class Kecamatan extends PanacheEntityBase {

  @Id
  public String kode;

  public String kabupatenKode;

  public String kodeBps;

  public String nama;

  public String alamat;

  /** Increases with every change; also the ETag. */
  public int versi;

  /** Provenance notes of the last import (JSON array of catatanSumber), or null. */
  public String catatanSumber;

  public Instant updatedAt;

  public String updatedBy;

  /** Permendagri codes nest: 35.02.14 is in kabupaten 35.02. */
  public static String kabupatenOf(String kecamatanKode) {
    return kecamatanKode.substring(0, 5);
  }
}
