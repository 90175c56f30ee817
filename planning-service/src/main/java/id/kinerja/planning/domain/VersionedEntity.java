package id.kinerja.planning.domain;

import java.time.Instant;

import jakarta.persistence.MappedSuperclass;

/**
 * A row that is replaced as a whole by each change and counts its changes in the column versi, which is also its ETag:
 * kecamatan, renstra, skala_predikat and jadwal.
 */
@MappedSuperclass
public abstract class VersionedEntity extends EditedEntity {

  /** Increases with every change; also the ETag. */
  public int versi;

  /** Records a change by {@code user} at {@code at}: the next versi. */
  public void newVersion(String user, Instant at) {
    versi++;
    editedBy(user, at);
  }
}
