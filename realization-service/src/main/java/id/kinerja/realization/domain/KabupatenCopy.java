package id.kinerja.realization.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.kinerja.common.time.ZonaWaktu;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * This service's copy of a kabupaten's calculation settings and time zone, kept from planning.kabupaten.configured.
 *
 * <p>Deliberately this service's own class, although reporting-service has one that reads the same today: each service
 * keeps its own copy of another service's data in its own database, written by its own consumer, and that copy
 * changes with the service (a column it no longer needs goes, one it starts to need comes, its migrations are its own)
 * without a release of the other. What the services share is the event's contract, the JSON schema in docs/events
 * (planning.kabupaten.configured), not a Java type: a shared entity would tie two databases' tables to one class.
 */
@Entity
@Table(name = "kabupaten_copy")
public class KabupatenCopy extends PanacheEntityBase {

  @Id
  public String kode;

  public String nama;

  @Column(name = "negative_formula_default")
  public String negativeFormulaDefault;

  @Column(name = "overall_mode")
  public String overallMode;

  @Column(name = "capaian_score_cap")
  public BigDecimal capaianScoreCap;

  @Column(name = "floor_negative_at_zero")
  public boolean floorNegativeAtZero;

  @Column(name = "konfigurasi_versi")
  public int konfigurasiVersi;

  /** The kabupaten's time zone: its answers write their times in it. */
  @Enumerated(EnumType.STRING)
  @Column(name = "zona_waktu")
  public ZonaWaktu zonaWaktu;
}
