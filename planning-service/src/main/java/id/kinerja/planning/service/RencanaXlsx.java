package id.kinerja.planning.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import id.kinerja.common.i18n.Message;
import id.kinerja.common.xlsx.WorkbookStyles;
import id.kinerja.common.xlsx.WorkbookUpload;
import id.kinerja.planning.domain.AnggaranLevel;
import id.kinerja.planning.domain.PlanningMessages;
import id.kinerja.planning.domain.dokumen.AnggaranDok;
import id.kinerja.planning.domain.dokumen.BandDok;
import id.kinerja.planning.domain.dokumen.CatatanSumberDok;
import id.kinerja.planning.domain.dokumen.DesaDok;
import id.kinerja.planning.domain.dokumen.IkuDetailDok;
import id.kinerja.planning.domain.dokumen.IndikatorRenstraDok;
import id.kinerja.planning.domain.dokumen.IndikatorRule;
import id.kinerja.planning.domain.dokumen.JadwalDok;
import id.kinerja.planning.domain.dokumen.PejabatDok;
import id.kinerja.planning.domain.dokumen.PkDok;
import id.kinerja.planning.domain.dokumen.PkIndikatorDok;
import id.kinerja.planning.domain.dokumen.PkSasaranDok;
import id.kinerja.planning.domain.dokumen.RencanaDokumen;
import id.kinerja.planning.domain.dokumen.RiwayatDok;
import id.kinerja.planning.domain.dokumen.SasaranDok;
import id.kinerja.planning.domain.dokumen.SkalaDok;
import id.kinerja.planning.domain.dokumen.TahunTargetDok;
import id.kinerja.planning.domain.dokumen.TargetDok;
import id.kinerja.planning.domain.dokumen.TargetTriwulanDok;
import id.kinerja.planning.domain.dokumen.TujuanDok;
import id.kinerja.planning.domain.dokumen.UnitKerjaDok;
import id.kinerja.planning.domain.rules.Defaults;

/**
 * Writes a plan document as the plan workbook ({@link RencanaLembar}): every value of the document in a cell of its
 * own, so that reading the workbook back ({@link RencanaUnggahan}) gives the same document. Headers, sheet names and
 * Ya/Tidak are in the language of the request; codes and choices as in the import format. Sheets are not protected:
 * the workbook is the planner's to edit, rows may be added anywhere.
 */
final class RencanaXlsx {

  /** Rows above the header: the title and how to fill the sheet in. */
  static final int HEADER_ROW = 2;
  /** Rows below the header that get the drop-down lists, so that added rows have them too. */
  static final int LIST_ROWS = 300;

  private final XSSFWorkbook wb = new XSSFWorkbook();
  private final WorkbookStyles styles = new WorkbookStyles(wb);
  private final Locale locale;
  private final String kecamatan;
  private final int tahun;
  private final boolean kosong;

  private RencanaXlsx(Locale locale, String kecamatan, int tahun, boolean kosong) {
    this.locale = locale;
    this.kecamatan = kecamatan;
    this.tahun = tahun;
    this.kosong = kosong;
  }

  /** The workbook of {@code d}, the plan of {@code tahun}; {@code kosong}: the blank template. */
  static byte[] write(RencanaDokumen d, int tahun, boolean kosong, Locale locale) {
    RencanaXlsx x = new RencanaXlsx(locale, d.kecamatan().kode(), tahun, kosong);
    x.identitas(d);
    x.desa(d);
    x.unitKerja(d);
    x.pejabat(d);
    x.teks(RencanaLembar.FUNGSI, RencanaKolom.URAIAN_FUNGSI, d.kecamatan().fungsi());
    x.teks(RencanaLembar.DASAR_HUKUM, RencanaKolom.URAIAN_DASAR_HUKUM, d.kecamatan().dasarHukum());
    x.tujuan(d);
    x.sasaran(d);
    x.renstra(d);
    x.iku(d);
    x.riwayat(d);
    x.pk(d);
    x.pkIndikator(d);
    x.anggaran(d);
    x.skala(d);
    x.jadwal(d);
    x.catatan(d);
    return WorkbookUpload.write(x.wb);
  }

  // ------------------------------------------------------------------------------------------------ the sheets

  private void identitas(RencanaDokumen d) {
    Sheet sheet = start(RencanaLembar.IDENTITAS);
    Row h = sheet.createRow(HEADER_ROW);
    header(h, 0, RencanaKolom.ISIAN.header(locale));
    header(h, 1, RencanaKolom.NILAI.header(locale));
    sheet.setColumnWidth(0, 55 * 256);
    sheet.setColumnWidth(1, 45 * 256);
    int r = HEADER_ROW + 1;
    for (RencanaIdentitas i : RencanaIdentitas.values()) {
      Row row = sheet.createRow(r);
      Cell label = row.createCell(0);
      label.setCellValue(i.label(locale));
      label.setCellStyle(styles.locked(null));
      cell(row.createCell(1), i.isi, i.value.apply(d), null);
      list(sheet, r, r, 1, i.isi == RencanaKolom.Isi.YA_TIDAK ? yaTidak() : i.pilihan);
      r++;
    }
    sheet.createFreezePane(0, HEADER_ROW + 1);
  }

  private void desa(RencanaDokumen d) {
    Tabel t = new Tabel(RencanaLembar.DESA, List.of());
    for (DesaDok x : Defaults.list(d.kecamatan().desa())) {
      t.row().put(RencanaKolom.KODE_DESA, x.kode()).put(RencanaKolom.NAMA_DESA, x.nama())
          .put(RencanaKolom.JENIS_DESA, x.jenis());
    }
    t.done();
  }

  private void unitKerja(RencanaDokumen d) {
    Tabel t = new Tabel(RencanaLembar.UNIT_KERJA, List.of());
    for (UnitKerjaDok x : Defaults.list(d.kecamatan().unitKerja())) {
      t.row().put(RencanaKolom.KODE_UNIT, x.kode()).put(RencanaKolom.NAMA_UNIT, x.nama())
          .put(RencanaKolom.KODE_UNIT_INDUK, x.indukKode());
    }
    t.done();
  }

  private void pejabat(RencanaDokumen d) {
    Tabel t = new Tabel(RencanaLembar.PEJABAT, List.of());
    for (PejabatDok x : Defaults.list(d.kecamatan().pejabat())) {
      t.row().put(RencanaKolom.NIP, x.nip()).put(RencanaKolom.NAMA_PEJABAT, x.nama())
          .put(RencanaKolom.JABATAN, x.jabatan()).put(RencanaKolom.PERAN, x.peran())
          .put(RencanaKolom.KODE_UNIT, x.unitKode()).put(RencanaKolom.PANGKAT, x.pangkat());
    }
    t.done();
  }

  /** A list of texts, one row each, in order (fungsi, dasar hukum). */
  private void teks(RencanaLembar lembar, RencanaKolom kolom, List<String> texts) {
    Tabel t = new Tabel(lembar, List.of());
    for (String s : Defaults.list(texts)) {
      t.row().put(kolom, s);
    }
    t.done();
  }

  private void tujuan(RencanaDokumen d) {
    Tabel t = new Tabel(RencanaLembar.TUJUAN, List.of());
    for (TujuanDok x : Defaults.list(d.renstra().tujuan())) {
      t.row().put(RencanaKolom.KODE_TUJUAN, x.kode()).put(RencanaKolom.URAIAN_TUJUAN, x.uraian());
    }
    t.done();
  }

  private void sasaran(RencanaDokumen d) {
    Tabel t = new Tabel(RencanaLembar.SASARAN, List.of());
    for (SasaranDok x : Defaults.list(d.renstra().sasaran())) {
      t.row().put(RencanaKolom.KODE_SASARAN, x.kode()).put(RencanaKolom.URAIAN_SASARAN, x.uraian())
          .put(RencanaKolom.KODE_TUJUAN, x.tujuanKode());
    }
    t.done();
  }

  /** One row per Renstra indicator: tujuan indicators first, then those of each sasaran; a column per target year. */
  private void renstra(RencanaDokumen d) {
    TreeSet<Integer> years = new TreeSet<>();
    if (d.renstra().periodeAwal() != null && d.renstra().periodeAkhir() != null) {
      for (int y = d.renstra().periodeAwal(); y <= d.renstra().periodeAkhir() && y - d.renstra().periodeAwal() < 20; y++) {
        years.add(y);
      }
    }
    renstraIndikator(d).forEach(i -> Defaults.list(i.indikator().targetTahunan()).forEach(t -> {
      if (t.tahun() != null) {
        years.add(t.tahun());
      }
    }));
    Tabel t = new Tabel(RencanaLembar.RENSTRA, List.copyOf(years));
    for (RenstraIndikator ri : renstraIndikator(d)) {
      IndikatorRenstraDok i = ri.indikator();
      Tabel.Baris b = t.row().put(ri.sasaran() ? RencanaKolom.KODE_SASARAN : RencanaKolom.KODE_TUJUAN, ri.induk());
      rules(b, i);
      if (i.baseline() != null) {
        b.put(RencanaKolom.BASELINE_TAHUN, i.baseline().tahun()).put(RencanaKolom.BASELINE, i.baseline().nilai());
      }
      for (TahunTargetDok y : Defaults.list(i.targetTahunan())) {
        if (y.tahun() != null) {
          b.target(RencanaKolom.TARGET_TAHUN, y.tahun(), y.target());
        }
      }
      if (i.targetAkhir() != null) {
        b.put(RencanaKolom.TARGET_AKHIR_TAHUN, i.targetAkhir().tahun())
            .target(RencanaKolom.TARGET_AKHIR, null, i.targetAkhir().target());
      }
    }
    t.done();
  }

  /** The rule attributes of an indicator (Renstra sheet, or a PK's own indicator). */
  private static void rules(Tabel.Baris b, IndikatorRule i) {
    b.put(RencanaKolom.KODE_INDIKATOR, i.kode()).put(RencanaKolom.NAMA_INDIKATOR, i.nama())
        .put(RencanaKolom.SATUAN, i.satuan()).put(RencanaKolom.IKU, i.iku())
        .put(RencanaKolom.TARGET_TYPE, i.targetType()).put(RencanaKolom.AGGREGATION, i.aggregation())
        .put(RencanaKolom.TW_TARGET_MODE, i.twTargetMode()).put(RencanaKolom.POLARITY, i.polarity())
        .put(RencanaKolom.NEGATIVE_FORMULA, i.negativeFormula()).put(RencanaKolom.ZERO_TARGET_RULE, i.zeroTargetRule())
        .put(RencanaKolom.PRECISION, i.precision()).put(RencanaKolom.CAPAIAN_SCORE_CAP, i.capaianScoreCap())
        .put(RencanaKolom.PEMBILANG, i.komponen() == null ? null : i.komponen().pembilang())
        .put(RencanaKolom.PENYEBUT, i.komponen() == null ? null : i.komponen().penyebut())
        .put(RencanaKolom.EVIDENCE_REQUIRED, i.evidenceRequired())
        .put(RencanaKolom.DUE_TRIWULAN, i.dueTriwulan() == null ? null
            : String.join(", ", i.dueTriwulan().stream().map(String::valueOf).toList()))
        .put(RencanaKolom.LEVEL_INDIKATOR, i.level()).put(RencanaKolom.ANGGARAN_INDIKATOR, i.anggaranKode());
  }

  /** The IKU sheets (definisi, rumus, sumber data, penanggung jawab) of the Renstra's and the PKs' own indicators. */
  private void iku(RencanaDokumen d) {
    Tabel t = new Tabel(RencanaLembar.IKU_DETAIL, List.of());
    for (RenstraIndikator ri : renstraIndikator(d)) {
      iku(t, null, ri.indikator());
    }
    List<PkDok> pks = Defaults.list(d.perjanjianKinerja());
    for (int p = 0; p < pks.size(); p++) {
      for (PkSasaranDok s : Defaults.list(pks.get(p).sasaran())) {
        for (PkIndikatorDok i : Defaults.list(s.indikator())) {
          if (i.indikator() != null) {
            iku(t, String.valueOf(p + 1), i.indikator());
          }
        }
      }
    }
    t.done();
  }

  private static void iku(Tabel t, String noPk, IndikatorRule i) {
    IkuDetailDok x = i.ikuDetail();
    if (x != null) {
      t.row().put(RencanaKolom.NO_PK, noPk).put(RencanaKolom.KODE_INDIKATOR, i.kode())
          .put(RencanaKolom.NAMA_INDIKATOR_INFO, i.nama()).put(RencanaKolom.DEFINISI, x.definisi())
          .put(RencanaKolom.RUMUS, x.rumus()).put(RencanaKolom.SUMBER_DATA, x.sumberData())
          .put(RencanaKolom.PENANGGUNG_JAWAB, x.penanggungJawab());
    }
  }

  private void riwayat(RencanaDokumen d) {
    Tabel t = new Tabel(RencanaLembar.RIWAYAT, List.of());
    for (RenstraIndikator ri : renstraIndikator(d)) {
      for (RiwayatDok h : Defaults.list(ri.indikator().riwayat())) {
        t.row().put(RencanaKolom.KODE_INDIKATOR, ri.indikator().kode()).put(RencanaKolom.TAHUN, h.tahun())
            .put(RencanaKolom.REALISASI, h.realisasi()).put(RencanaKolom.SUMBER, h.sumber());
      }
    }
    t.done();
  }

  /** One row per PK version; its number ties its indicators and budget lines to it. */
  private void pk(RencanaDokumen d) {
    Tabel t = new Tabel(RencanaLembar.PK, List.of());
    List<PkDok> pks = Defaults.list(d.perjanjianKinerja());
    for (int p = 0; p < pks.size(); p++) {
      PkDok pk = pks.get(p);
      PejabatDok kedua = pk.pihakKedua();
      t.row().put(RencanaKolom.NO_PK, String.valueOf(p + 1)).put(RencanaKolom.TAHUN, pk.tahun())
          .put(RencanaKolom.NIP_PIHAK_PERTAMA, pk.pihakPertama() == null ? null : pk.pihakPertama().nip())
          .put(RencanaKolom.NAMA_PIHAK_PERTAMA, pk.pihakPertama() == null ? null : pk.pihakPertama().nama())
          .put(RencanaKolom.JENIS_PK, pk.jenis()).put(RencanaKolom.VERSI, pk.versi())
          .put(RencanaKolom.TANGGAL, pk.tanggal()).put(RencanaKolom.DITETAPKAN, pk.ditetapkan())
          .put(RencanaKolom.NIP_PIHAK_KEDUA, kedua == null ? null : kedua.nip())
          .put(RencanaKolom.NAMA_PIHAK_KEDUA, kedua == null ? null : kedua.nama())
          .put(RencanaKolom.JABATAN_PIHAK_KEDUA, kedua == null ? null : kedua.jabatan())
          .put(RencanaKolom.PERAN_PIHAK_KEDUA, kedua == null ? null : kedua.peran())
          .put(RencanaKolom.UNIT_PIHAK_KEDUA, kedua == null ? null : kedua.unitKode())
          .put(RencanaKolom.PANGKAT_PIHAK_KEDUA, kedua == null ? null : kedua.pangkat());
    }
    t.done();
  }

  /**
   * The PKs' indicators by official and sasaran, each with the year's target and the triwulan targets. A Renstra
   * indicator is referred to by its kode (its name and unit shown, greyed, for the reader); an own indicator carries
   * its rules. A sasaran without indicators still has its row.
   */
  private void pkIndikator(RencanaDokumen d) {
    Map<String, IndikatorRenstraDok> renstra = new LinkedHashMap<>();
    renstraIndikator(d).forEach(ri -> renstra.putIfAbsent(ri.indikator().kode(), ri.indikator()));
    Tabel t = new Tabel(RencanaLembar.PK_INDIKATOR, List.of());
    List<PkDok> pks = Defaults.list(d.perjanjianKinerja());
    for (int p = 0; p < pks.size(); p++) {
      PkDok pk = pks.get(p);
      for (PkSasaranDok s : Defaults.list(pk.sasaran())) {
        List<PkIndikatorDok> list = Defaults.list(s.indikator());
        if (list.isEmpty()) {
          sasaranRow(t, p, pk, s);
        }
        for (PkIndikatorDok i : list) {
          Tabel.Baris b = sasaranRow(t, p, pk, s);
          if (i.indikator() != null) {
            b.put(RencanaKolom.INDIKATOR_SENDIRI, Boolean.TRUE);
            rules(b, i.indikator());
          } else {
            IndikatorRenstraDok r = renstra.get(i.indikatorKode());
            b.put(RencanaKolom.INDIKATOR_SENDIRI, Boolean.FALSE).put(RencanaKolom.KODE_INDIKATOR, i.indikatorKode())
                .info(RencanaKolom.NAMA_INDIKATOR, r == null ? null : r.nama())
                .info(RencanaKolom.SATUAN, r == null ? null : r.satuan());
          }
          b.target(RencanaKolom.TARGET, null, i.target());
          for (TargetTriwulanDok tw : Defaults.list(i.targetTriwulan())) {
            if (tw.triwulan() != null && tw.triwulan() >= 1 && tw.triwulan() <= 4) {
              b.target(TW_TARGET.get(tw.triwulan() - 1), null, tw.target());
            }
          }
        }
      }
    }
    t.done();
  }

  private static final List<RencanaKolom> TW_TARGET = List.of(RencanaKolom.TARGET_TW1, RencanaKolom.TARGET_TW2,
      RencanaKolom.TARGET_TW3, RencanaKolom.TARGET_TW4);
  private static final List<RencanaKolom> TW_PAGU = List.of(RencanaKolom.PAGU_TW1, RencanaKolom.PAGU_TW2,
      RencanaKolom.PAGU_TW3, RencanaKolom.PAGU_TW4);

  private static Tabel.Baris sasaranRow(Tabel t, int p, PkDok pk, PkSasaranDok s) {
    return t.row().put(RencanaKolom.NO_PK, String.valueOf(p + 1))
        .put(RencanaKolom.PEJABAT, pk.pihakPertama() == null ? null : pk.pihakPertama().nama())
        .put(RencanaKolom.KODE_SASARAN, s.kode()).put(RencanaKolom.URAIAN_SASARAN, s.uraian())
        .put(RencanaKolom.LEVEL_SASARAN, s.level());
  }

  /** The budget tree of each PK, names indented by level. */
  private void anggaran(RencanaDokumen d) {
    Tabel t = new Tabel(RencanaLembar.ANGGARAN, List.of());
    List<PkDok> pks = Defaults.list(d.perjanjianKinerja());
    for (int p = 0; p < pks.size(); p++) {
      PkDok pk = pks.get(p);
      for (AnggaranDok a : Defaults.list(pk.anggaran())) {
        Tabel.Baris b = t.row().put(RencanaKolom.NO_PK, String.valueOf(p + 1))
            .put(RencanaKolom.PEJABAT, pk.pihakPertama() == null ? null : pk.pihakPertama().nama())
            .put(RencanaKolom.KODE_ANGGARAN, a.kode())
            .indented(RencanaKolom.NAMA_ANGGARAN, a.nama(), a.level() == null ? 0 : a.level() == AnggaranLevel.PROGRAM ? 0
                : a.level() == AnggaranLevel.KEGIATAN ? 1 : 2)
            .put(RencanaKolom.LEVEL_ANGGARAN, a.level()).put(RencanaKolom.KODE_INDUK, a.parentKode())
            .put(RencanaKolom.PAGU, a.pagu()).put(RencanaKolom.KODE_SASARAN, a.sasaranKode())
            .put(RencanaKolom.NOMENKLATUR, a.nomenklaturVersi()).put(RencanaKolom.KETERANGAN, a.keterangan());
        List<Long> tw = a.paguTriwulan();
        for (int i = 0; tw != null && i < Math.min(4, tw.size()); i++) {
          b.put(TW_PAGU.get(i), tw.get(i));
        }
      }
    }
    t.done();
  }

  private void skala(RencanaDokumen d) {
    Tabel t = new Tabel(RencanaLembar.SKALA, List.of());
    for (SkalaDok s : Defaults.list(d.skalaPredikat())) {
      List<BandDok> bands = Defaults.list(s.bands());
      if (bands.isEmpty()) {
        t.row().put(RencanaKolom.TAHUN, s.tahun()).put(RencanaKolom.TUJUAN_SKALA, s.tujuan())
            .put(RencanaKolom.NAMA_SKALA, s.nama());
      }
      for (BandDok b : bands) {
        t.row().put(RencanaKolom.TAHUN, s.tahun()).put(RencanaKolom.TUJUAN_SKALA, s.tujuan())
            .put(RencanaKolom.NAMA_SKALA, s.nama()).put(RencanaKolom.BATAS_BAWAH, b.lower())
            .put(RencanaKolom.BAWAH_TERMASUK, b.lowerInclusive()).put(RencanaKolom.BATAS_ATAS, b.upper())
            .put(RencanaKolom.ATAS_TERMASUK, b.upperInclusive()).put(RencanaKolom.SKOR, b.skor())
            .put(RencanaKolom.LABEL_PREDIKAT, b.label()).put(RencanaKolom.KODE_PREDIKAT, b.kode());
      }
    }
    t.done();
  }

  private void jadwal(RencanaDokumen d) {
    Tabel t = new Tabel(RencanaLembar.JADWAL, List.of());
    for (JadwalDok j : Defaults.list(d.jadwal())) {
      t.row().put(RencanaKolom.TAHUN, j.tahun()).put(RencanaKolom.TRIWULAN, j.triwulan())
          .put(RencanaKolom.INPUT_DIBUKA, j.inputDibuka()).put(RencanaKolom.INPUT_DITUTUP, j.inputDitutup())
          .put(RencanaKolom.VERIFIKASI_DITUTUP, j.verifikasiDitutup());
    }
    t.done();
  }

  private void catatan(RencanaDokumen d) {
    Tabel t = new Tabel(RencanaLembar.CATATAN_SUMBER, List.of());
    for (CatatanSumberDok c : Defaults.list(d.catatanSumber())) {
      t.row().put(RencanaKolom.BAGIAN, c.bagian()).put(RencanaKolom.SUMBER, c.sumber())
          .put(RencanaKolom.CATATAN, c.catatan());
    }
    t.done();
  }

  /** A Renstra indicator with the tujuan or sasaran it belongs to. */
  private record RenstraIndikator(boolean sasaran, String induk, IndikatorRenstraDok indikator) {
  }

  private static List<RenstraIndikator> renstraIndikator(RencanaDokumen d) {
    List<RenstraIndikator> out = new ArrayList<>();
    Defaults.list(d.renstra().tujuan())
        .forEach(t -> Defaults.list(t.indikator()).forEach(i -> out.add(new RenstraIndikator(false, t.kode(), i))));
    Defaults.list(d.renstra().sasaran())
        .forEach(s -> Defaults.list(s.indikator()).forEach(i -> out.add(new RenstraIndikator(true, s.kode(), i))));
    return out;
  }

  // ------------------------------------------------------------------------------------------------ cells

  /** A new sheet with its title and hint above the header row. */
  private Sheet start(RencanaLembar lembar) {
    Sheet sheet = wb.createSheet(lembar.nama(locale));
    Message judul = Message.of(kosong ? PlanningMessages.XLSX_JUDUL_KOSONG : PlanningMessages.XLSX_JUDUL, "lembar",
        Message.of(lembar.nama), "kecamatan", kecamatan, "tahun", tahun);
    Cell title = sheet.createRow(0).createCell(0);
    title.setCellValue(RencanaKolom.text(judul, locale));
    title.setCellStyle(styles.header());
    sheet.createRow(1).createCell(0).setCellValue(RencanaKolom.text(Message.of(lembar.petunjuk), locale));
    return sheet;
  }

  private void header(Row row, int col, String text) {
    Cell c = row.createCell(col);
    c.setCellValue(text);
    c.setCellStyle(styles.header());
  }

  private List<String> yaTidak() {
    return List.of(RencanaKolom.text(Message.of(PlanningMessages.XLSX_YA), locale),
        RencanaKolom.text(Message.of(PlanningMessages.XLSX_TIDAK), locale));
  }

  /** Writes {@code v} as a cell of kind {@code isi} reads it back; {@code style} null: the kind's own. */
  private void cell(Cell c, RencanaKolom.Isi isi, Object v, CellStyle style) {
    c.setCellStyle(style != null ? style : style(isi));
    if (v == null) {
      return;
    }
    switch (isi) {
      case YA_TIDAK -> c.setCellValue(RencanaKolom.text(Message.of(Boolean.TRUE.equals(v) ? PlanningMessages.XLSX_YA
          : PlanningMessages.XLSX_TIDAK), locale));
      case ANGKA, BULAT, RUPIAH, TARGET -> {
        if (v instanceof BigDecimal d) {
          number(c, d);
        } else if (v instanceof Number n) {
          c.setCellValue(n.doubleValue());
        } else {
          c.setCellValue(v.toString());
        }
      }
      default -> c.setCellValue(v instanceof Enum<?> e ? e.name() : v.toString());
    }
  }

  /**
   * A decimal as a number cell when a spreadsheet holds it exactly (15 significant digits, as Excel shows them); else
   * as text the reader parses back exactly.
   */
  private static void number(Cell c, BigDecimal d) {
    if (d.precision() <= 15) {
      c.setCellValue(d.doubleValue());
    } else {
      c.setCellValue(tertulis(d));
    }
  }

  /**
   * A decimal written in text the way the reader parses it unambiguously: a decimal comma, no grouping, and never
   * exactly three decimals ("1,125" could be a grouped 1125: written "1,1250", the same number).
   */
  static String tertulis(BigDecimal d) {
    String s = d.stripTrailingZeros().scale() < 0 ? d.setScale(0).toPlainString() : d.stripTrailingZeros().toPlainString();
    int dot = s.indexOf('.');
    if (dot >= 0 && s.length() - dot - 1 == 3) {
      s = s + "0";
    }
    return s.replace('.', ',');
  }

  /** A target as its form says: a number, "min – max", or the text. */
  private void target(Cell c, TargetDok t, CellStyle style) {
    c.setCellStyle(style);
    if (t == null) {
      return;
    }
    if (t.nilai() != null) {
      number(c, t.nilai());
    } else if (t.min() != null || t.max() != null) {
      c.setCellValue((t.min() == null ? "" : tertulis(t.min())) + " – " + (t.max() == null ? "" : tertulis(t.max())));
    } else if (t.teks() != null) {
      c.setCellValue(t.teks());
    }
  }

  private CellStyle style(RencanaKolom.Isi isi) {
    return switch (isi) {
      case KODE, PILIHAN, DAFTAR -> styles.isian(WorkbookStyles.TEXT);
      case BULAT -> styles.isian(WorkbookStyles.INTEGER);
      case RUPIAH -> styles.isian(WorkbookStyles.RUPIAH);
      case INFO -> styles.locked(null);
      default -> styles.isian(null);
    };
  }

  private void list(Sheet sheet, int first, int last, int col, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    DataValidationHelper v = sheet.getDataValidationHelper();
    var dv = v.createValidation(v.createExplicitListConstraint(values.toArray(String[]::new)),
        new CellRangeAddressList(first, last, col, col));
    dv.setShowErrorBox(true);
    dv.setEmptyCellAllowed(true);
    sheet.addValidationData(dv);
  }

  /** One sheet's table: its header, then rows whose cells are put by column. */
  private final class Tabel {

    /** A column of the sheet: a {@link RencanaKolom}, and for {@link RencanaKolom#TARGET_TAHUN} its year. */
    private record Kolom(RencanaKolom kolom, Integer tahun) {
    }

    private final Sheet sheet;
    private final List<Kolom> kolom = new ArrayList<>();
    private int next = HEADER_ROW + 1;

    Tabel(RencanaLembar lembar, List<Integer> years) {
      sheet = start(lembar);
      for (RencanaKolom k : lembar.kolom) {
        if (k == RencanaKolom.TARGET_TAHUN) {
          years.forEach(y -> kolom.add(new Kolom(k, y)));
        } else {
          kolom.add(new Kolom(k, null));
        }
      }
      Row h = sheet.createRow(HEADER_ROW);
      for (int c = 0; c < kolom.size(); c++) {
        Kolom k = kolom.get(c);
        header(h, c, k.tahun() == null ? k.kolom().header(locale) : RencanaKolom.targetTahun(k.tahun(), locale));
        sheet.setColumnWidth(c, width(k.kolom()) * 256);
      }
      sheet.createFreezePane(0, HEADER_ROW + 1);
    }

    private static int width(RencanaKolom k) {
      return switch (k) {
        case NAMA_INDIKATOR, NAMA_INDIKATOR_INFO, URAIAN_SASARAN, URAIAN_TUJUAN, NAMA_ANGGARAN, DEFINISI, RUMUS,
            NAMA_PEJABAT, JABATAN, NAMA_PIHAK_PERTAMA, NAMA_PIHAK_KEDUA, JABATAN_PIHAK_KEDUA, SUMBER, CATATAN,
            PEMBILANG, PENYEBUT, NAMA_SKALA, NAMA_DESA, NAMA_UNIT, PEJABAT -> 40;
        case URAIAN_FUNGSI, URAIAN_DASAR_HUKUM -> 110;
        case INPUT_DIBUKA, INPUT_DITUTUP, VERIFIKASI_DITUTUP, NIP, NIP_PIHAK_PERTAMA, NIP_PIHAK_KEDUA, KODE_ANGGARAN,
            KODE_INDUK, ANGGARAN_INDIKATOR -> 26;
        default -> 16;
      };
    }

    private int index(RencanaKolom k, Integer tahun) {
      for (int c = 0; c < kolom.size(); c++) {
        if (kolom.get(c).kolom() == k && java.util.Objects.equals(kolom.get(c).tahun(), tahun)) {
          return c;
        }
      }
      throw new IllegalArgumentException(k + " " + tahun + " is no column of " + sheet.getSheetName());
    }

    Baris row() {
      Row row = sheet.createRow(next++);
      for (int c = 0; c < kolom.size(); c++) {
        // Every cell styled, empty ones too: the reader sees where to write and what goes there.
        cell(row.createCell(c), kolom.get(c).kolom().isi, null, null);
      }
      return new Baris(row);
    }

    /** The drop-down lists of the choice columns, over the rows written and some more. */
    void done() {
      int last = Math.max(next - 1, HEADER_ROW + LIST_ROWS);
      for (int c = 0; c < kolom.size(); c++) {
        RencanaKolom k = kolom.get(c).kolom();
        if (k.isi == RencanaKolom.Isi.PILIHAN) {
          list(sheet, HEADER_ROW + 1, last, c, k.pilihan);
        } else if (k.isi == RencanaKolom.Isi.YA_TIDAK) {
          list(sheet, HEADER_ROW + 1, last, c, yaTidak());
        }
      }
    }

    final class Baris {
      private final Row row;

      Baris(Row row) {
        this.row = row;
      }

      Baris put(RencanaKolom k, Object v) {
        cell(row.getCell(index(k, null)), k.isi, v, null);
        return this;
      }

      /** A value shown to help the reader, greyed: it is not read back. */
      Baris info(RencanaKolom k, Object v) {
        cell(row.getCell(index(k, null)), RencanaKolom.Isi.TEKS, v, styles.locked(null));
        return this;
      }

      Baris indented(RencanaKolom k, Object v, int level) {
        cell(row.getCell(index(k, null)), k.isi, v, styles.isian(null, level * 2));
        return this;
      }

      Baris target(RencanaKolom k, Integer tahun, TargetDok t) {
        RencanaXlsx.this.target(row.getCell(index(k, tahun)), t, styles.isian(null));
        return this;
      }
    }
  }
}
