package id.kinerja.realization.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import id.kinerja.common.problem.FieldViolation;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.common.tx.RolledBack;
import id.kinerja.common.xlsx.WorkbookUpload;
import id.kinerja.realization.domain.Bukti;
import id.kinerja.realization.domain.NilaiIndikator;
import id.kinerja.realization.domain.Realisasi;
import id.kinerja.realization.domain.RealisasiAnggaran;
import id.kinerja.realization.domain.RealisasiIndikator;
import id.kinerja.realization.domain.RealizationMessages;
import id.kinerja.realization.service.CaptureService.AnggaranItem;
import id.kinerja.realization.service.CaptureService.IndikatorItem;
import id.kinerja.realization.service.CaptureService.Item;

/**
 * The triwulan as a workbook: the template to download, and an uploaded workbook previewed (what each row would do,
 * nothing stored) or turned into the items of a batch, which then go through exactly the batch's rules.
 */
@ApplicationScoped
public class WorkbookService {

  /** What a row of an uploaded workbook would do. */
  public enum Hasil {
    NEW, CHANGED, UNCHANGED, CONFLICT, REFUSED
  }

  /** One filled row in the preview, with its refusals (cell references in {@code field}). */
  public record BarisPratinjau(String lembar, int baris, String jenis, String kode, Hasil hasil,
      List<FieldViolation> errors) {
  }

  /**
   * The preview: every filled row, refusals that concern no row (the entry window, the sheet), and warnings that do
   * not refuse (the plan published again since the template was made).
   */
  public record Pratinjau(List<BarisPratinjau> baris, List<FieldViolation> errors, List<FieldViolation> peringatan) {
  }

  /** The rows of an upload that change something, as batch items, named by cell. */
  public record Kiriman(List<Item> items, Naming naming) {
  }

  /** Rows an uploaded sheet may have (titles included): a kecamatan's triwulan is a few hundred. */
  static final int MAX_ROWS = 10_000;

  @Inject
  QueryService query;

  @Inject
  RealisasiStore store;

  @Inject
  CaptureService capture;

  /** The template of the triwulan with its current content; empty when the kecamatan has no plan for the year. */
  public Optional<byte[]> template(String kecamatan, int tahun, int triwulan, Locale locale) {
    return query.sheet(kecamatan, tahun, triwulan).map(s -> LembarXlsx.write(s, links(s), store.anggaranSebelumnya(
        kecamatan, tahun, triwulan, s.plan().anggaran().keySet()), locale));
  }

  /** What applying the workbook would do, row by row, under the batch's rules; nothing is stored or announced. */
  public Pratinjau preview(String kecamatan, int tahun, int triwulan, byte[] body, Locale locale, Actor actor) {
    Upload u = read(kecamatan, tahun, triwulan, body, locale);
    Map<String, BarisPratinjau> rows = new HashMap<>();
    List<FieldViolation> general = new ArrayList<>();
    List<LembarUnggahan.Baris> toCapture = new ArrayList<>();
    for (LembarUnggahan.Baris b : u.all()) {
      Hasil h = u.hasil(b);
      BarisPratinjau row = row(b, h);
      if (h == Hasil.CONFLICT) {
        row.errors().add(FieldViolation.of(b.ref("revisi"), RealizationMessages.XLSX_CONFLICT));
      }
      rows.put(key(b.row().ref("")), row);
      if (h == Hasil.NEW || h == Hasil.CHANGED) {
        toCapture.add(b);
      }
    }
    refuse(rows, general, u.isi().refusals());
    if (!toCapture.isEmpty()) {
      LembarUnggahan.Isi isi = LembarUnggahan.reindexed(toCapture);
      try {
        // The batch's own path, its writes undone: the preview applies exactly the batch's rules.
        RolledBack.call(() -> capture.capture(kecamatan, tahun, triwulan, isi.items(), false, actor, isi.naming()));
      } catch (ProblemException e) {
        refuse(rows, general, e.problem().errors());
      }
    }
    List<FieldViolation> peringatan = new ArrayList<>();
    Long made = u.isi().planVersi();
    if (made != null && made != u.sheet().plan().planVersi()) {
      peringatan.add(FieldViolation.of("body", RealizationMessages.XLSX_PLAN_CHANGED, "lama", made.toString(), "baru",
          Integer.toString(u.sheet().plan().planVersi())));
    }
    return new Pratinjau(rows.values().stream().sorted(Comparator.comparing(BarisPratinjau::lembar)
        .thenComparingInt(BarisPratinjau::baris)).toList(), general, peringatan);
  }

  /**
   * The rows of the workbook that change something, to be saved as a batch; a cell that cannot be read refuses the
   * whole workbook (400, every cell named), and so does one without any such row.
   */
  public Kiriman kiriman(String kecamatan, int tahun, int triwulan, byte[] body, Locale locale) {
    Upload u = read(kecamatan, tahun, triwulan, body, locale);
    if (!u.isi().refusals().isEmpty()) {
      throw ProblemException.invalid(u.isi().refusals());
    }
    List<LembarUnggahan.Baris> changing = u.all().stream().filter(b -> u.hasil(b) != Hasil.UNCHANGED).toList();
    // A cell changed in the system since the template: never overwritten (412, each such cell named).
    Refusals stale = new Refusals();
    changing.stream().filter(b -> u.hasil(b) == Hasil.CONFLICT).forEach(b -> stale.add(Refusals.Kind.STALE,
        b.ref("revisi"), RealizationMessages.XLSX_CONFLICT));
    stale.throwIfAny(RealizationMessages.WHAT_BATCH);
    if (changing.isEmpty()) {
      throw ProblemException.invalid("body", RealizationMessages.XLSX_NOT_EMPTY);
    }
    LembarUnggahan.Isi isi = LembarUnggahan.reindexed(changing);
    return new Kiriman(isi.items(), isi.naming());
  }

  private Upload read(String kecamatan, int tahun, int triwulan, byte[] body, Locale locale) {
    QueryService.Sheet sheet = query.sheet(kecamatan, tahun, triwulan).orElseThrow(() -> ProblemException.notFound(
        RealizationMessages.THING_RENCANA, "kecamatan", kecamatan, "tahun", tahun));
    try (XSSFWorkbook wb = WorkbookUpload.open(body, MAX_ROWS)) {
      LembarUnggahan.Isi isi = LembarUnggahan.read(wb, kecamatan + "/" + tahun + "/" + triwulan, locale);
      return new Upload(isi, sheet, links(sheet));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The evidence links of each indicator cell's current version, by kode (files are not part of a workbook). */
  private Map<String, List<String>> links(QueryService.Sheet sheet) {
    Map<Long, String> kodeOf = new HashMap<>();
    sheet.indikator().values().forEach(r -> kodeOf.put(r.id, r.kode));
    Map<String, List<String>> links = new HashMap<>();
    store.bukti(kodeOf.keySet()).forEach((id, list) -> links.put(kodeOf.get(id), list.stream()
        .filter(b -> Bukti.LINK.equals(b.jenis())).map(Bukti::url).toList()));
    return links;
  }

  /** The rows read, with the sheet as it stands, to tell what each row would do. */
  private record Upload(LembarUnggahan.Isi isi, QueryService.Sheet sheet, Map<String, List<String>> links) {

    List<LembarUnggahan.Baris> all() {
      List<LembarUnggahan.Baris> all = new ArrayList<>(isi.indikator());
      all.addAll(isi.anggaran());
      return all;
    }

    Hasil hasil(LembarUnggahan.Baris b) {
      Item item = b.item();
      Realisasi current = item instanceof IndikatorItem ? sheet.indikator().get(item.kode())
          : sheet.anggaran().get(item.kode());
      if (current == null) {
        return Hasil.NEW;
      }
      if (same(item, current)) {
        return Hasil.UNCHANGED;
      }
      return item.revisi() == null || item.revisi() != current.revisi ? Hasil.CONFLICT : Hasil.CHANGED;
    }

    private boolean same(Item item, Realisasi current) {
      if (item instanceof IndikatorItem i && current instanceof RealisasiIndikator r) {
        return NilaiIndikator.changes(r.nilai, i.nilai()).isEmpty()
            && i.links().equals(links.getOrDefault(r.kode, List.of()));
      }
      AnggaranItem a = (AnggaranItem) item;
      RealisasiAnggaran r = (RealisasiAnggaran) current;
      return Objects.equals(a.nilai(), r.nilai) && Objects.equals(blankToNull(a.keterangan()), r.keterangan);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static BarisPratinjau row(LembarUnggahan.Baris b, Hasil h) {
    CellReference at = new CellReference(b.row().ref(""));
    return new BarisPratinjau(at.getSheetName(), at.getRow() + 1, b.item() instanceof IndikatorItem ? "INDIKATOR"
        : "ANGGARAN", b.item().kode(), h, new ArrayList<>());
  }

  /** Each refusal to the row of its cell (the row refused), or to the refusals of no row. */
  private static void refuse(Map<String, BarisPratinjau> rows, List<FieldViolation> general,
      List<FieldViolation> refusals) {
    for (FieldViolation v : refusals) {
      if (v.field() == null || !v.field().contains("!")) {
        general.add(v);
      } else {
        // A row whose cells could not be read gave no item: it is known by its place alone.
        CellReference at = new CellReference(v.field());
        BarisPratinjau r = rows.computeIfAbsent(key(v.field()), k -> new BarisPratinjau(at.getSheetName(),
            at.getRow() + 1, null, null, Hasil.REFUSED, new ArrayList<>()));
        r.errors().add(v);
        rows.put(key(v.field()), new BarisPratinjau(r.lembar(), r.baris(), r.jenis(), r.kode(), Hasil.REFUSED,
            r.errors()));
      }
    }
  }

  /** A row's identity from any of its cells' references: sheet and row. */
  private static String key(String ref) {
    CellReference c = new CellReference(ref);
    return c.getSheetName() + "!" + c.getRow();
  }
}
