package id.kinerja.planning.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An official of the kecamatan with the position held (Camat, Sekcam, Kasubag, Kasi, staff). */
@Entity
public class Pejabat extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String kecamatanKode;

  public String nip;

  public String nama;

  public String jabatan;

  @Enumerated(EnumType.STRING)
  public Peran peran;

  public String unitKode;

  public String pangkat;

  public int urutan;
}
