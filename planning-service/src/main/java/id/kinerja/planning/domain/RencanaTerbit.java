package id.kinerja.planning.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The last published plan of one kecamatan and year (the rencana-kinerja.published payload, canonical JSON). */
@Entity
public class RencanaTerbit extends io.quarkus.hibernate.orm.panache.PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String kecamatanKode;

  public int tahun;

  public int planVersi;

  public String isi;

  public Instant publishedAt;
}
