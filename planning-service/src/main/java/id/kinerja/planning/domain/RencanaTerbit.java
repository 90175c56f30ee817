package id.kinerja.planning.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last published plan of one kecamatan and year (the rencana-kinerja.published payload, canonical JSON). */
@Entity
@Table(name = "rencana_terbit")
public class RencanaTerbit extends io.quarkus.hibernate.orm.panache.PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "kecamatan_kode")
  public String kecamatanKode;

  public int tahun;

  @Column(name = "plan_versi")
  public int planVersi;

  public String isi;

  @Column(name = "published_at")
  public Instant publishedAt;
}
