package id.kinerja.realization.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.common.i18n.Message;
import id.kinerja.realization.domain.AnggaranDef;
import id.kinerja.realization.domain.EntryWindow;
import id.kinerja.realization.domain.IndikatorDef;
import id.kinerja.realization.domain.Keadaan;
import id.kinerja.realization.domain.RealisasiAnggaran;
import id.kinerja.realization.domain.RealisasiIndikator;
import id.kinerja.realization.domain.Status;
import id.kinerja.realization.service.QueryService.Sheet;

@Schema(name = "Triwulan", description = "The realisasi sheet of one kecamatan for one triwulan: every indicator of the"
    + " plan and every budget line without children (and a line with children that has realisasi of its own in the"
    + " triwulan), each with its cell state and current version. A cell without a"
    + " value is NOT_REPORTED (or NOT_DUE) with nilai null: never 0. The ETag (revisi) is the sum of the cells' revisi."
    + " Asked with sejak=N, indikator and anggaran hold only the rows whose cell changed after sheet revisi N (everything"
    + " else is the whole sheet's); a client holding another planVersi than the answer's discards its copy and reads the"
    + " whole sheet.")
public record TriwulanView(
    @Schema(examples = "35.02") String kabupatenKode,
    @Schema(examples = "35.02.08") String kecamatanKode,
    @Schema(examples = "2024") int tahun,
    @Schema(examples = "4") int triwulan,
    @Schema(description = "Version of the plan the rows follow. When it differs from the one the client holds,"
        + " indicators or budget lines may have appeared or gone: read the whole sheet (without sejak).", examples = "1") int planVersi,
    @Schema(description = "The sheet's ETag (sum of its cells' revisi; grows by one with every change of a cell): the"
        + " If-Match of triwulan actions and the sejak of the next difference", examples = "8") long revisi,
    Jendela jendela,
    Ringkasan ringkasan,
    @Schema(description = "Every indicator of the plan; with sejak only those whose cell changed after it") List<BarisIndikator> indikator,
    @Schema(description = "Every budget line without children, and every line with children that has realisasi of its"
        + " own in the triwulan (its sub-lines not itemised); with sejak only those whose cell changed after it")
    List<BarisAnggaran> anggaran) {

  @Schema(name = "Jendela", description = "The entry window now")
  public record Jendela(
      @Schema(description = "OPEN, REOPENED (entries are late), NOT_YET_OPEN, CLOSED or NO_SCHEDULE", examples = "OPEN") EntryWindow.State status,
      @Schema(description = "Entry possible until, in the kabupaten's local time; null while entry is refused", nullable = true, examples = "2025-01-11T00:00:00+07:00") Instant sampai,
      @Schema(description = "Entries now are late (a reopening after the close)", examples = "false") boolean terlambat,
      @Schema(description = "Why entry is refused, in the language of the answer; null while entry is possible", nullable = true, examples = "pengisian TW 4 2024 ditutup 11 Januari 2025 pukul 00.00 WIB; perlu perpanjangan dari Bagian Organisasi") Message pesan) {
  }

  @Schema(name = "Ringkasan", description = "Coverage of the triwulan's indicators (always of the whole sheet)")
  public record Ringkasan(
      @Schema(examples = "2") int indikatorDue,
      @Schema(examples = "1") int reported,
      @Schema(examples = "0") int notApplicable,
      @Schema(examples = "1") int notReported,
      @Schema(examples = "0") int notDue,
      @Schema(description = "Current versions per status, indicators and budget lines together", examples = "{\"SUBMITTED\": 2}") Map<Status, Integer> status) {
  }

  @Schema(name = "BarisIndikator")
  public record BarisIndikator(
      @Schema(examples = "IKU-SKM") String indikatorKode,
      @Schema(examples = "Nilai Survey Kepuasan Masyarakat (SKM) Pelayanan Administrasi") String nama,
      @Schema(examples = "indeks") String satuan,
      @Schema(enumeration = { "NUMBER", "RANGE", "TEXT" }, examples = "NUMBER") String targetType,
      @Schema(description = "Labels of the components when the indicator is entered as pembilang/penyebut, else null", nullable = true) KomponenView komponen,
      @Schema(examples = "2") int presisi,
      @Schema(examples = "false") boolean evidenceRequired,
      @Schema(examples = "true") boolean due,
      @Schema(examples = "REPORTED") Keadaan keadaan,
      @Schema(description = "Status of the current version, null when nothing was entered", nullable = true, examples = "SUBMITTED") Status status,
      @Schema(description = "Number of the current version, null when nothing was entered", nullable = true, examples = "1") Integer versi,
      @Schema(description = "The cell's ETag, null when nothing was entered", nullable = true, examples = "2") Integer revisi,
      @Schema(description = "Newest APPROVED version (the official one), null when none", nullable = true, examples = "1") Integer versiResmi,
      @Schema(description = "The value entered, raw; null when nothing was entered, when the indicator is entered as components or text, and when NOT_APPLICABLE (never 0 for not reported)", nullable = true, examples = "99") BigDecimal nilai,
      @Schema(description = "Numerator, for indicators entered as components; else null", nullable = true, examples = "15") BigDecimal pembilang,
      @Schema(description = "Denominator, for indicators entered as components; else null", nullable = true, examples = "15") BigDecimal penyebut,
      @Schema(description = "Realisasi of a TEXT-target indicator; else null", nullable = true, examples = "Tersusun") String teks,
      @Schema(description = "Evidence items (files and links) of the current version", examples = "1") int jumlahBukti,
      @Schema(examples = "false") boolean terlambat) {
  }

  @Schema(name = "BarisAnggaran")
  public record BarisAnggaran(
      @Schema(examples = "7.01.05") String anggaranKode,
      @Schema(examples = "Program Penyelenggaraan Urusan Pemerintahan Umum") String nama,
      @Schema(description = "JENIS_BELANJA = a line of the budget by jenis belanja, a view of its own beside the program "
          + "tree (docs/domain.md §2.12)", enumeration = { "PROGRAM", "KEGIATAN", "SUB_KEGIATAN", "JENIS_BELANJA" },
          examples = "PROGRAM") String level,
      @Schema(examples = "11000000") long pagu,
      @Schema(description = "NOT_REPORTED or REPORTED", examples = "REPORTED") Keadaan keadaan,
      @Schema(description = "Status of the current version, null when nothing was entered", nullable = true, examples = "SUBMITTED") Status status,
      @Schema(nullable = true, examples = "1") Integer versi,
      @Schema(description = "The cell's ETag, null when nothing was entered", nullable = true, examples = "2") Integer revisi,
      @Schema(description = "Newest APPROVED version, null when none", nullable = true, examples = "1") Integer versiResmi,
      @Schema(description = "Rupiah spent in this triwulan, null when nothing was entered (never 0 for not reported)", nullable = true, examples = "11000000") Long nilai,
      @Schema(examples = "false") boolean melebihiPagu) {
  }

  /** The whole sheet ({@code sejak} null), or the rows whose cell changed after sheet revisi {@code sejak}. */
  static TriwulanView of(Sheet s, Long sejak) {
    return new TriwulanView(s.plan().kabupatenKode(), s.plan().kecamatanKode(), s.plan().tahun(), s.triwulan(),
        s.plan().planVersi(), s.revisi(), new Jendela(s.window().state(), s.window().until(),
            s.window().terlambat(), s.window().message()),
        ringkasan(s), indikator(s, sejak), anggaran(s, sejak));
  }

  /** A cell never entered is NOT_REPORTED when due, else NOT_DUE; an entered one is what its current version says. */
  private static Keadaan keadaan(IndikatorDef d, RealisasiIndikator r, int triwulan) {
    return r != null ? r.nilai.keadaan() : d.due(triwulan) ? Keadaan.NOT_REPORTED : Keadaan.NOT_DUE;
  }

  /** Coverage of the plan's indicators, and the current versions per status, always of the whole sheet. */
  private static Ringkasan ringkasan(Sheet s) {
    int[] count = new int[Keadaan.values().length];
    int due = 0;
    Map<Status, Integer> status = new TreeMap<>();
    for (IndikatorDef d : s.plan().indikator().values()) {
      RealisasiIndikator r = s.indikator().get(d.kode());
      due += d.due(s.triwulan()) ? 1 : 0;
      count[keadaan(d, r, s.triwulan()).ordinal()]++;
      if (r != null) {
        status.merge(r.status, 1, Integer::sum);
      }
    }
    for (AnggaranDef d : s.plan().anggaran().values()) {
      RealisasiAnggaran r = s.anggaran().get(d.kode());
      if (r != null) {
        status.merge(r.status, 1, Integer::sum);
      }
    }
    return new Ringkasan(due, count[Keadaan.REPORTED.ordinal()], count[Keadaan.NOT_APPLICABLE.ordinal()],
        count[Keadaan.NOT_REPORTED.ordinal()], count[Keadaan.NOT_DUE.ordinal()], status);
  }

  private static List<BarisIndikator> indikator(Sheet s, Long sejak) {
    List<BarisIndikator> rows = new ArrayList<>();
    for (IndikatorDef d : s.plan().indikator().values()) {
      RealisasiIndikator r = s.indikator().get(d.kode());
      if (changedAfter(r == null ? null : r.revisiLembar, sejak)) {
        rows.add(new BarisIndikator(d.kode(), d.nama(), d.satuan(), d.targetType(),
            d.berkomponen() ? new KomponenView(d.komponenPembilang(), d.komponenPenyebut()) : null, d.presisi(),
            d.evidenceRequired(), d.due(s.triwulan()), keadaan(d, r, s.triwulan()), r == null ? null : r.status,
            r == null ? null : r.versi, r == null ? null : r.revisi, s.resmiIndikator().get(d.kode()),
            r == null ? null : r.nilai.nilai(), r == null ? null : r.nilai.pembilang(),
            r == null ? null : r.nilai.penyebut(), r == null ? null : r.nilai.teks(),
            r == null ? 0 : s.buktiCount().getOrDefault(r.id, 0), r != null && r.terlambat));
      }
    }
    return rows;
  }

  /**
   * Budget lines without children, and lines with children that carry realisasi of their own in this triwulan (their
   * sub-lines are not itemised, docs/domain.md §2.11): the lines realisasi is entered on.
   */
  private static List<BarisAnggaran> anggaran(Sheet s, Long sejak) {
    List<BarisAnggaran> rows = new ArrayList<>();
    for (AnggaranDef d : s.plan().anggaran().values()) {
      RealisasiAnggaran r = s.anggaran().get(d.kode());
      if ((!d.punyaAnak() || r != null) && changedAfter(r == null ? null : r.revisiLembar, sejak)) {
        rows.add(new BarisAnggaran(d.kode(), d.nama(), d.level(), d.pagu(),
            r == null ? Keadaan.NOT_REPORTED : Keadaan.REPORTED, r == null ? null : r.status,
            r == null ? null : r.versi, r == null ? null : r.revisi, s.resmiAnggaran().get(d.kode()),
            r == null ? null : r.nilai, r != null && r.melebihiPagu));
      }
    }
    return rows;
  }

  /**
   * Whether a row belongs in the answer: always for the whole sheet; for a difference, when its cell's last change
   * produced a sheet revisi above {@code sejak}. A cell never entered has not changed (its row changes only with the
   * plan, which planVersi tells).
   */
  static boolean changedAfter(Long revisiLembar, Long sejak) {
    return sejak == null || revisiLembar != null && revisiLembar > sejak;
  }
}
