package id.kinerja.planning.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A predicate scale of a kabupaten for a year and purpose; {@code bands} is the JSON list of its bands. */
@Entity
@Table(name = "skala_predikat")
public class SkalaPredikat extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "kabupaten_kode")
  public String kabupatenKode;

  public int tahun;

  @Enumerated(EnumType.STRING)
  public SkalaTujuan tujuan;

  public String nama;

  public int versi;

  public String bands;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Column(name = "updated_by")
  public String updatedBy;
}
