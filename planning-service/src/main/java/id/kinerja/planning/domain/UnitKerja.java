package id.kinerja.planning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A unit of the kecamatan's organisation (sekretariat, subbagian, seksi). */
@Entity
@Table(name = "unit_kerja")
public class UnitKerja extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "kecamatan_kode")
  public String kecamatanKode;

  public String kode;

  public String nama;

  @Column(name = "induk_kode")
  public String indukKode;

  public int urutan;
}
