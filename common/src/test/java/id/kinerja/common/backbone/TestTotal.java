package id.kinerja.common.backbone;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The figure every key of a test consumer changes (and the entity that switches Hibernate ORM on for InboxStore). */
@Entity
@Table(name = "test_total")
public class TestTotal {

  @Id
  public String consumer;

  public long events;

  @Column(name = "seq_sum")
  public long seqSum;
}
