package id.kinerja.planning.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The recipients list last announced for a kabupaten: its versi and the digest of its content. */
@Entity
public class PenerimaTerbit extends PanacheEntityBase {

  @Id
  public String kabupatenKode;

  public int versi;

  public String sha256;
}
