package id.kinerja.planning.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * The tautan kinerja (links upward, issue #19) of one kecamatan Renstra: {@code isi} is the canonical JSON of the
 * links document. versi rises with every save and every republication after the kecamatan's plan changed.
 */
@Entity
public class TautanKinerja extends VersionedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String kecamatanKode;

  public String renstraKode;

  public String rpjmdKode;

  public String isi;
}
