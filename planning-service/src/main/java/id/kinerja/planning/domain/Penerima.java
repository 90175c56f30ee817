package id.kinerja.planning.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An e-mail address of the kabupaten that notifications go to: a registered user's (kunci = the username in the
 * token; name, role and kecamatan recorded here) or an official's (kunci = NIP; name, kecamatan and role come from the
 * pejabat rows, rules in {@link id.kinerja.planning.domain.rules.PenerimaRules}).
 */
@Entity
public class Penerima extends VersionedEntity {

  public enum Jenis {
    PENGGUNA, PEJABAT;

    /** The person's stable id in planning.penerima.published: {@code pengguna:<username>}, {@code pejabat:<NIP>}. */
    public String id(String kunci) {
      return name().toLowerCase(java.util.Locale.ROOT) + ":" + kunci;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String kabupatenKode;

  @Enumerated(EnumType.STRING)
  public Jenis jenis;

  @NotBlank
  @Size(max = 100)
  public String kunci;

  @Size(max = 200)
  public String nama;

  public String peran;

  public String kecamatanKode;

  @NotBlank
  @Size(max = 254)
  public String surel;

  public boolean berhentiBerlangganan;
}
