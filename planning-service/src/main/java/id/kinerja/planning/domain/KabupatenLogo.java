package id.kinerja.planning.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * The logo a kabupaten prints on the letterhead of its documents (PK formulir, LKjIP): one PNG or JPEG image, checked
 * when uploaded (LogoRules). A row of its own, so that reading the kabupaten's settings does not read the image.
 */
@Entity
public class KabupatenLogo extends EditedEntity {

  @Id
  public String kabupatenKode;

  /** image/png or image/jpeg, as the content itself is. */
  public String mediaType;

  public byte[] isi;

  /** Pixels. */
  public int lebar;

  public int tinggi;

  /** SHA-256 of {@link #isi}, hex: tells an upload of the same image from a new one. */
  public String sha256;
}
