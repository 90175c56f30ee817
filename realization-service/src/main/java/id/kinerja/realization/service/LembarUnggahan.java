package id.kinerja.realization.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Workbook;

import id.kinerja.common.problem.FieldViolation;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.common.xlsx.SheetTable;
import id.kinerja.realization.domain.Jenis;
import id.kinerja.realization.domain.Keadaan;
import id.kinerja.realization.domain.NilaiIndikator;
import id.kinerja.realization.domain.RealizationMessages;
import id.kinerja.realization.service.CaptureService.AnggaranItem;
import id.kinerja.realization.service.CaptureService.IndikatorItem;
import id.kinerja.realization.service.CaptureService.Item;

/**
 * An uploaded realisasi workbook read into the items of a batch: one per filled row, each with the cell references of
 * its row so that every refusal names the cell ("Indikator!G7"). The cells' revisi come from the template's hidden
 * sheet; a workbook without it (not made from a template) carries none, so a cell that exists cannot be overwritten
 * from it unseen.
 */
final class LembarUnggahan {

  /** One filled row: the item it gives and where each of its fields stands. */
  record Baris(Item item, SheetTable.Baris row, List<Lembar> columns) {

    /** The reference of the cell of a field ("nilai", "revisi", "indikatorKode" …); the kode's cell otherwise. */
    String ref(String field) {
      Lembar at = columns.stream().filter(l -> field.equals(l.field)).findFirst().orElse(columns.get(0));
      return row.ref(h(at));
    }
  }

  /** The rows read; {@code planVersi}: the plan version the template was made from, null without the hidden sheet. */
  record Isi(List<Baris> indikator, List<Baris> anggaran, List<FieldViolation> refusals, Long planVersi) {

    List<Item> items() {
      List<Item> items = new ArrayList<>();
      indikator.forEach(b -> items.add(b.item()));
      anggaran.forEach(b -> items.add(b.item()));
      return items;
    }

    /** How a refusal of the batch names a field: the cell of that field in the item's row. */
    Naming naming() {
      return (jenis, index, name) -> (jenis == Jenis.INDIKATOR ? indikator : anggaran).get(index).ref(name);
    }
  }

  private LembarUnggahan() {
  }

  /** These rows as a batch of their own, each item at its position among the rows of its kind. */
  static Isi reindexed(List<Baris> rows) {
    List<Baris> indikator = new ArrayList<>();
    List<Baris> anggaran = new ArrayList<>();
    for (Baris b : rows) {
      if (b.item() instanceof IndikatorItem i) {
        indikator.add(new Baris(new IndikatorItem(indikator.size(), i.kode(), i.revisi(), i.nilai(), i.satuan(),
            i.tautan()), b.row(), b.columns()));
      } else if (b.item() instanceof AnggaranItem a) {
        anggaran.add(new Baris(new AnggaranItem(anggaran.size(), a.kode(), a.revisi(), a.nilai(), a.keterangan()),
            b.row(), b.columns()));
      }
    }
    return new Isi(indikator, anggaran, List.of(), null);
  }

  /**
   * The rows of the workbook for the sheet at {@code lembar} ("35.02.08/2024/2"); a workbook made for another sheet is
   * refused. Rows whose cells cannot be read are refusals, named by cell.
   */
  static Isi read(Workbook wb, String lembar, Locale locale) {
    Map<String, Long> revisi = revisi(wb, lembar, locale);
    Optional<SheetTable> ind = find(wb, List.of(Lembar.IND_KODE, Lembar.IND_KEADAAN, Lembar.IND_NILAI), locale);
    Optional<SheetTable> ang = find(wb, List.of(Lembar.ANG_KODE, Lembar.ANG_NILAI), locale);
    if (ind.isEmpty() && ang.isEmpty()) {
      throw ProblemException.invalid("body", RealizationMessages.XLSX_NO_SHEET, "kolom",
          Lembar.IND_KODE.header(locale) + ", " + Lembar.IND_KEADAAN.header(locale) + ", " + Lembar.IND_NILAI.header(
              locale));
    }
    List<FieldViolation> refusals = new ArrayList<>();
    List<Baris> indikator = new ArrayList<>();
    ind.ifPresent(t -> t.rows().forEach(r -> indikator(r, indikator.size(), revisi, refusals).ifPresent(
        indikator::add)));
    List<Baris> anggaran = new ArrayList<>();
    ang.ifPresent(t -> t.rows().forEach(r -> anggaran(r, anggaran.size(), revisi, refusals).ifPresent(
        anggaran::add)));
    return new Isi(indikator, anggaran, refusals, revisi.get(Lembar.RENCANA + "/planVersi"));
  }

  /** The first sheet with these columns, by their headers in either language. */
  private static Optional<SheetTable> find(Workbook wb, List<Lembar> required, Locale locale) {
    for (int lang = 0; lang < 2; lang++) {
      int l = lang;
      Optional<SheetTable> t = SheetTable.find(wb, required.stream().map(c -> c.headers(locale).get(l)).toList());
      if (t.isPresent()) {
        // Every column is then found by its Indonesian header too, whichever language the sheet was written in.
        Arrays.stream(Lembar.values()).forEach(c -> t.get().alias(h(c), c.headers(locale)));
        return t;
      }
    }
    return Optional.empty();
  }

  /** Each cell's revisi by "JENIS/kode" from the hidden sheet; none when the workbook has no such sheet. */
  private static Map<String, Long> revisi(Workbook wb, String lembar, Locale locale) {
    Map<String, Long> revisi = new HashMap<>();
    Optional<SheetTable> t = find(wb, Lembar.REVISI, locale);
    if (t.isEmpty()) {
      return revisi;
    }
    List<FieldViolation> ignored = new ArrayList<>();
    for (SheetTable.Baris b : t.get().rows()) {
      String jenis = b.text(Lembar.REV_JENIS.header(locale), ignored);
      String kode = b.text(Lembar.REV_KODE.header(locale), ignored);
      String rev = b.text(Lembar.REV_REVISI.header(locale), ignored);
      if (Lembar.LEMBAR.equals(jenis) && !lembar.equals(kode)) {
        throw ProblemException.invalid("body", RealizationMessages.XLSX_OTHER_SHEET, "lembar", kode, "alamat", lembar);
      }
      if (jenis != null && kode != null && rev != null && rev.matches("\\d{1,15}")) {
        revisi.put(jenis + "/" + kode, Long.parseLong(rev));
      }
    }
    return revisi;
  }

  private static Optional<Baris> indikator(SheetTable.Baris r, int index, Map<String, Long> revisi,
      List<FieldViolation> refusals) {
    List<FieldViolation> own = new ArrayList<>();
    String kode = r.text(h(Lembar.IND_KODE), own);
    String keadaanText = r.text(h(Lembar.IND_KEADAAN), own);
    BigDecimal nilai = r.number(h(Lembar.IND_NILAI), own);
    BigDecimal pembilang = r.number(h(Lembar.IND_PEMBILANG), own);
    BigDecimal penyebut = r.number(h(Lembar.IND_PENYEBUT), own);
    String teks = r.text(h(Lembar.IND_TEKS), own);
    Keadaan keadaan = keadaanText == null ? null : Lembar.keadaan(keadaanText);
    if (keadaanText != null && keadaan == null) {
      own.add(FieldViolation.of(r.ref(h(Lembar.IND_KEADAAN)), RealizationMessages.XLSX_KEADAAN_UNKNOWN, "teks", keadaanText));
    }
    boolean anyValue = nilai != null || pembilang != null || penyebut != null || teks != null;
    if (keadaan == null || keadaan == Keadaan.NOT_REPORTED || keadaan == Keadaan.NOT_DUE) {
      // Not entered: a row without a value is not an entry (never 0); a value without keadaan is a report.
      keadaan = anyValue ? Keadaan.REPORTED : null;
    }
    refusals.addAll(own);
    if (kode == null || keadaan == null || !own.isEmpty()) {
      return Optional.empty();
    }
    NilaiIndikator n = new NilaiIndikator(keadaan, nilai, pembilang, penyebut, teks, null, null,
        r.text(h(Lembar.IND_ALASAN), refusals), r.text(h(Lembar.IND_PENDUKUNG), refusals),
        r.text(h(Lembar.IND_PENGHAMBAT), refusals), r.text(h(Lembar.IND_TINDAK_LANJUT), refusals));
    String links = r.text(h(Lembar.IND_TAUTAN), refusals);
    List<String> tautan = links == null ? List.of() : Arrays.stream(links.split("[\\r\\n]+")).map(String::trim)
        .filter(s -> !s.isEmpty()).toList();
    return Optional.of(new Baris(new IndikatorItem(index, kode, revisi.get("INDIKATOR/" + kode), n, null, tautan), r,
        Lembar.INDIKATOR));
  }

  private static Optional<Baris> anggaran(SheetTable.Baris r, int index, Map<String, Long> revisi,
      List<FieldViolation> refusals) {
    List<FieldViolation> own = new ArrayList<>();
    String kode = r.text(h(Lembar.ANG_KODE), own);
    BigDecimal nilai = r.number(h(Lembar.ANG_NILAI), own);
    String keterangan = r.text(h(Lembar.ANG_KETERANGAN), own);
    if (nilai != null && (nilai.signum() < 0 || nilai.stripTrailingZeros().scale() > 0)) {
      own.add(FieldViolation.of(r.ref(h(Lembar.ANG_NILAI)), RealizationMessages.XLSX_HARUS_RUPIAH));
    }
    refusals.addAll(own);
    if (kode == null || nilai == null || !own.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Baris(new AnggaranItem(index, kode, revisi.get("ANGGARAN/" + kode), nilai.longValueExact(),
        keterangan), r, Lembar.ANGGARAN));
  }

  /** A column is looked up by its Indonesian header, which {@link #find} made an alias in either language. */
  private static String h(Lembar l) {
    return l.header(id.kinerja.common.i18n.Messages.INDONESIAN);
  }
}
