package id.kinerja.planning.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
public class Desa extends PanacheEntityBase {

  @Id
  public String kode;

  public String kecamatanKode;

  public String nama;

  @Enumerated(EnumType.STRING)
  public DesaJenis jenis;

  /** Position in the kecamatan's list, as the documents give it. */
  public int urutan;
}
