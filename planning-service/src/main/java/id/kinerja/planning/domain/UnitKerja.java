package id.kinerja.planning.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A unit of the kecamatan's organisation (sekretariat, subbagian, seksi). */
@Entity
public class UnitKerja extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String kecamatanKode;

  public String kode;

  public String nama;

  public String indukKode;

  public int urutan;
}
