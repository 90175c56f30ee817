package id.kinerja.planning.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import id.kinerja.domain.predikat.SkalaTujuan;

/** A predicate scale of a kabupaten for a year and purpose; {@code bands} is the JSON list of its bands. */
@Entity
public class SkalaPredikat extends VersionedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String kabupatenKode;

  public int tahun;

  @Enumerated(EnumType.STRING)
  public SkalaTujuan tujuan;

  public String nama;

  public String bands;
}
