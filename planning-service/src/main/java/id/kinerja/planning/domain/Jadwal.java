package id.kinerja.planning.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * The reporting calendar of one triwulan of a kabupaten: when entry opens and closes, when verification closes,
 * and the reopenings granted ({@code perpanjangan}, a JSON list). The realization service enforces it from its copy.
 */
@Entity
public class Jadwal extends VersionedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String kabupatenKode;

  public int tahun;

  public int triwulan;

  public Instant inputDibuka;

  public Instant inputDitutup;

  public Instant verifikasiDitutup;

  public String perpanjangan;
}
