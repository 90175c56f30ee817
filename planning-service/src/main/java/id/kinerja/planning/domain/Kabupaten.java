package id.kinerja.planning.domain;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.kinerja.common.time.ZonaWaktu;

/** A kabupaten, the calculation settings that are its own choice (docs/domain.md §0: "configurable") and its time zone. */
@Entity
public class Kabupaten extends EditedEntity {

  @Id
  @Pattern(regexp = "\\d{2}\\.\\d{2}")
  public String kode;

  @NotBlank
  @Size(max = 120)
  public String nama;

  @NotNull
  @Enumerated(EnumType.STRING)
  public NegativeFormula negativeFormulaDefault;

  @NotNull
  @Enumerated(EnumType.STRING)
  public OverallMode overallMode;

  public BigDecimal capaianScoreCap;

  public boolean floorNegativeAtZero;

  /** The kabupaten's time zone: its jadwal is entered and shown in it, and its users read every time in it. */
  @NotNull
  @Enumerated(EnumType.STRING)
  public ZonaWaktu zonaWaktu;

  /** Increases with every change; also the ETag. */
  public int konfigurasiVersi;
}
