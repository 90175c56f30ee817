package id.kinerja.planning.domain;

import java.time.Instant;

import jakarta.persistence.MappedSuperclass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A row that planners edit: who changed it last and when (the columns updated_at and updated_by, the same in every
 * such table). The version a client sends in If-Match is the subclass's own: {@link VersionedEntity#versi},
 * {@link Kabupaten#konfigurasiVersi} or {@link PerjanjianKinerja#revisi}.
 */
@MappedSuperclass
public abstract class EditedEntity extends PanacheEntityBase {

  public Instant updatedAt;

  public String updatedBy;

  /** Records that {@code user} changed this row at {@code at}. */
  public void editedBy(String user, Instant at) {
    updatedAt = at;
    updatedBy = user;
  }
}
