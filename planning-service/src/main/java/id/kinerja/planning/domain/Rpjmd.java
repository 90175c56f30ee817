package id.kinerja.planning.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * The RPJMD (medium-term plan) of a kabupaten for a period (issue #19). {@code isi} is the canonical JSON of its
 * document (visi, misi, tujuan, sasaran, indicators): revised as a whole, each revision a new versi.
 */
@Entity
public class Rpjmd extends VersionedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String kabupatenKode;

  public String kode;

  public String nama;

  public int periodeAwal;

  public int periodeAkhir;

  public String isi;
}
