package id.kinerja.realization.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.realization.domain.AnggaranDef;
import id.kinerja.realization.domain.IndikatorDef;
import id.kinerja.realization.domain.Keadaan;
import id.kinerja.realization.domain.RealisasiAnggaran;
import id.kinerja.realization.domain.RealisasiIndikator;
import id.kinerja.realization.service.QueryService.Sheet;

@Schema(name = "Triwulan", description = "The realisasi sheet of one kecamatan for one triwulan: every indicator of the"
    + " plan and every budget line without children, each with its cell state and current version. A cell without a"
    + " value is NOT_REPORTED (or NOT_DUE) with nilai null: never 0. The ETag (revisi) is the sum of the cells' revisi.")
public record TriwulanView(
    @Schema(examples = "35.08") String kabupatenKode,
    @Schema(examples = "35.08.12") String kecamatanKode,
    @Schema(examples = "2024") int tahun,
    @Schema(examples = "2") int triwulan,
    @Schema(description = "Plan version the sheet follows", examples = "3") int planVersi,
    @Schema(description = "The sheet's ETag, for triwulan actions", examples = "17") long revisi,
    Jendela jendela,
    Ringkasan ringkasan,
    List<BarisIndikator> indikator,
    List<BarisAnggaran> anggaran) {

  @Schema(name = "Jendela", description = "The entry window now")
  public record Jendela(
      @Schema(description = "OPEN, REOPENED (entries are late), NOT_YET_OPEN, CLOSED or NO_SCHEDULE", examples = "OPEN") String status,
      @Schema(description = "Entry possible until", examples = "2024-07-10T00:00:00Z") Instant sampai,
      @Schema(examples = "false") boolean terlambat,
      @Schema(description = "Why entry is refused", examples = "entry for TW 2 2024 closed on 2024-07-10T00:00:00Z; a reopening (perpanjangan) from Bagian Organisasi is needed") String pesan) {
  }

  @Schema(name = "Ringkasan", description = "Coverage of the triwulan's indicators")
  public record Ringkasan(
      @Schema(examples = "2") int indikatorDue,
      @Schema(examples = "1") int reported,
      @Schema(examples = "0") int notApplicable,
      @Schema(examples = "1") int notReported,
      @Schema(examples = "0") int notDue,
      @Schema(description = "Current versions per status, indicators and budget lines together", examples = "{\"SUBMITTED\": 2}") Map<String, Integer> status) {
  }

  @Schema(name = "BarisIndikator")
  public record BarisIndikator(
      @Schema(examples = "IKU-01") String indikatorKode,
      @Schema(examples = "Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti") String nama,
      @Schema(examples = "%") String satuan,
      @Schema(examples = "NUMBER") String targetType,
      @Schema(description = "Labels of the components when the indicator is entered as pembilang/penyebut") Komponen komponen,
      @Schema(examples = "2") int presisi,
      @Schema(examples = "true") boolean evidenceRequired,
      @Schema(examples = "true") boolean due,
      @Schema(examples = "REPORTED") String keadaan,
      @Schema(description = "Status of the current version, null when nothing was entered", examples = "SUBMITTED") String status,
      @Schema(examples = "1") Integer versi,
      @Schema(description = "The cell's ETag", examples = "2") Integer revisi,
      @Schema(examples = "1") Integer versiResmi,
      @Schema(examples = "17.00") BigDecimal nilai,
      @Schema(examples = "12") BigDecimal pembilang,
      @Schema(examples = "36") BigDecimal penyebut,
      @Schema(examples = "Tersusun") String teks,
      @Schema(examples = "1") int jumlahBukti,
      @Schema(examples = "false") boolean terlambat) {
  }

  @Schema(name = "Komponen")
  public record Komponen(
      @Schema(examples = "Jumlah dokumen desa tepat waktu") String pembilang,
      @Schema(examples = "Jumlah dokumen desa") String penyebut) {
  }

  @Schema(name = "BarisAnggaran")
  public record BarisAnggaran(
      @Schema(examples = "7.01.01.2.01.0001") String anggaranKode,
      @Schema(examples = "Penyusunan Dokumen Perencanaan Perangkat Daerah") String nama,
      @Schema(examples = "SUB_KEGIATAN") String level,
      @Schema(examples = "1917084558") long pagu,
      @Schema(description = "NOT_REPORTED or REPORTED", examples = "REPORTED") String keadaan,
      @Schema(examples = "SUBMITTED") String status,
      @Schema(examples = "1") Integer versi,
      @Schema(examples = "2") Integer revisi,
      @Schema(examples = "1") Integer versiResmi,
      @Schema(examples = "520584681") Long nilai,
      @Schema(examples = "false") boolean melebihiPagu) {
  }

  static TriwulanView of(Sheet s) {
    List<BarisIndikator> ind = new ArrayList<>();
    int due = 0;
    int reported = 0;
    int na = 0;
    int notReported = 0;
    int notDue = 0;
    Map<String, Integer> status = new TreeMap<>();
    for (IndikatorDef d : s.plan().indikator().values()) {
      RealisasiIndikator r = s.indikator().get(d.kode());
      boolean isDue = d.due(s.triwulan());
      Keadaan k = r != null ? r.nilai.keadaan() : isDue ? Keadaan.NOT_REPORTED : Keadaan.NOT_DUE;
      due += isDue ? 1 : 0;
      switch (k) {
        case REPORTED -> reported++;
        case NOT_APPLICABLE -> na++;
        case NOT_REPORTED -> notReported++;
        case NOT_DUE -> notDue++;
      }
      if (r != null) {
        status.merge(r.status.name(), 1, Integer::sum);
      }
      ind.add(new BarisIndikator(d.kode(), d.nama(), d.satuan(), d.targetType(),
          d.berkomponen() ? new Komponen(d.komponenPembilang(), d.komponenPenyebut()) : null, d.presisi(),
          d.evidenceRequired(), isDue, k.name(), r == null ? null : r.status.name(), r == null ? null : r.versi,
          r == null ? null : r.revisi, s.resmiIndikator().get(d.kode()), r == null ? null : r.nilai.nilai(),
          r == null ? null : r.nilai.pembilang(), r == null ? null : r.nilai.penyebut(), r == null ? null : r.nilai.teks(),
          r == null ? 0 : s.buktiCount().getOrDefault(r.id, 0), r != null && r.terlambat));
    }
    List<BarisAnggaran> ang = new ArrayList<>();
    for (AnggaranDef d : s.plan().anggaran().values()) {
      if (d.punyaAnak()) {
        continue;
      }
      RealisasiAnggaran r = s.anggaran().get(d.kode());
      if (r != null) {
        status.merge(r.status.name(), 1, Integer::sum);
      }
      ang.add(new BarisAnggaran(d.kode(), d.nama(), d.level(), d.pagu(),
          r == null ? Keadaan.NOT_REPORTED.name() : Keadaan.REPORTED.name(), r == null ? null : r.status.name(),
          r == null ? null : r.versi, r == null ? null : r.revisi, s.resmiAnggaran().get(d.kode()),
          r == null ? null : r.nilai, r != null && r.melebihiPagu));
    }
    return new TriwulanView(s.plan().kabupatenKode(), s.plan().kecamatanKode(), s.plan().tahun(), s.triwulan(),
        s.plan().planVersi(), s.revisi(), new Jendela(s.window().state().name(), s.window().until(),
            s.window().terlambat(), s.window().message()),
        new Ringkasan(due, reported, na, notReported, notDue, status), ind, ang);
  }
}
