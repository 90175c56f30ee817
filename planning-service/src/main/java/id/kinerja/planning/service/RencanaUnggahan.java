package id.kinerja.planning.service;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Workbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.kinerja.common.i18n.AngkaTertulis;
import id.kinerja.common.i18n.Message;
import id.kinerja.common.i18n.Messages;
import id.kinerja.common.i18n.NumberStyle;
import id.kinerja.common.i18n.UnreadableNumber;
import id.kinerja.common.problem.FieldViolation;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.common.xlsx.SheetTable;
import id.kinerja.planning.domain.PlanningMessages;

/**
 * An uploaded plan workbook read into the plan document (a JSON tree in the import format), for the import's own
 * rules to judge. Nothing is checked here that the import checks: a value is put where the document has it, as
 * written (a code stays text, a number a number, an unknown choice the text it is), and the rules name what is wrong.
 * Only what the document says by nesting and the workbook by codes is resolved here (which sasaran an indicator row
 * belongs to, which PK a row belongs to), and a cell that cannot be read at all is refused by its reference.
 *
 * <p>While reading, every field put into the document remembers its cell, so that each refusal of the rules, named by
 * JSON path ({@code renstra.sasaran[0].indikator[2].targetTahunan}), is named by cell instead ("Renstra!K7").
 */
final class RencanaUnggahan {

  /** Rows an uploaded sheet may have (titles included): a kecamatan's plan is a few hundred. */
  static final int MAX_ROWS = 10_000;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** The years a Renstra target column may be for. */
  private static final int FIRST_YEAR = 2000;
  private static final int LAST_YEAR = 2100;
  /** The header of each year's target column, by year: Bahasa Indonesia (how it is looked up), then English. */
  private static final Map<Integer, List<String>> TARGET_TAHUN = targetTahun();
  /** "7 – 8", "7 s.d. 8", "7 s/d 8", "7 sampai 8", "7 to 8", "7 - 8" (a hyphen only between spaces: "-5" is a number). */
  private static final Pattern RANGE = Pattern.compile(
      "\\s*[–—]\\s*|\\s+(?:-|s\\.?\\s?d\\.?|s/d|sampai|to)\\s+", Pattern.CASE_INSENSITIVE);

  /** The document read and where each of its fields came from. */
  record Bacaan(ObjectNode dokumen, Map<String, String> sel, List<FieldViolation> refusals) {

    /** The cell a JSON path came from: its own, or that of the nearest enclosing field that has one. */
    String cell(String path) {
      for (String p = path; p != null && !p.isEmpty(); p = parent(p)) {
        String c = sel.get(p);
        if (c != null) {
          return c;
        }
      }
      return null;
    }

    /** The refusal with its cell in place of its JSON path (unchanged when the path has none, e.g. "body"). */
    FieldViolation atCell(FieldViolation v) {
      if (v.field() == null || v.field().contains("!")) {
        return v;
      }
      Object tahun = v.message() == null ? null : v.message().args().get("tahun");
      String c = tahun == null ? null : sel.get(v.field() + "#" + tahun);
      if (c == null) {
        c = cell(v.field());
      }
      return c == null ? v : new FieldViolation(c, v.rule(), v.message());
    }

    private static String parent(String p) {
      int i = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      return i <= 0 ? null : p.substring(0, i);
    }
  }

  private final Locale locale;
  private final Map<RencanaLembar, SheetTable> tables = new EnumMap<>(RencanaLembar.class);
  private final List<FieldViolation> refusals = new ArrayList<>();
  /** Where each object of the document stands (the first cell of its row), and each of its fields. */
  private final Map<JsonNode, String> anchors = new IdentityHashMap<>();
  private final Map<JsonNode, Map<String, String>> fields = new IdentityHashMap<>();

  private final ObjectNode root = NODES.objectNode();
  private final Map<String, ObjectNode> renstraIndikator = new HashMap<>();
  private final Map<String, String> renstraTypes = new HashMap<>();
  private final Map<String, ObjectNode> pks = new LinkedHashMap<>();
  private final Map<String, ObjectNode> ownIndikator = new HashMap<>();

  private RencanaUnggahan(Locale locale) {
    this.locale = locale;
  }

  /** The plan document of the workbook; a workbook without one of the template's sheets is refused (400). */
  static Bacaan read(Workbook wb, Locale locale) {
    RencanaUnggahan u = new RencanaUnggahan(locale);
    u.find(wb);
    u.root.put("formatVersi", 1);
    ObjectNode kabupaten = u.root.putObject("kabupaten");
    ObjectNode kecamatan = u.root.putObject("kecamatan");
    ObjectNode renstra = u.root.putObject("renstra");
    u.identitas(Map.of("kabupaten", kabupaten, "kecamatan", kecamatan, "renstra", renstra));
    u.kecamatan(kecamatan);
    u.renstra(renstra);
    u.pk();
    u.ikuDetail();
    u.riwayat();
    u.skala();
    u.jadwal();
    u.catatan();
    Map<String, String> sel = new HashMap<>();
    u.walk(u.root, "", sel);
    return new Bacaan(u.root, sel, u.refusals);
  }

  // ------------------------------------------------------------------------------------------------ sheets

  /** Every sheet of the template, by its header row in either language; refuses the workbook naming those missing. */
  private void find(Workbook wb) {
    List<FieldViolation> missing = new ArrayList<>();
    for (RencanaLembar l : RencanaLembar.values()) {
      Optional<SheetTable> t = Optional.empty();
      for (int lang = 0; lang < 2 && t.isEmpty(); lang++) {
        int at = lang;
        t = SheetTable.find(wb, l.wajib.stream().map(k -> k.headers(locale).get(at)).toList());
      }
      if (t.isEmpty() && l.opsional()) {
        continue;
      }
      if (t.isEmpty()) {
        missing.add(FieldViolation.of("body", PlanningMessages.XLSX_SHEET_REQUIRED, "lembar", l.nama(locale), "kolom",
            String.join(", ", l.wajib.stream().map(k -> k.header(locale)).toList())));
        continue;
      }
      SheetTable table = t.get();
      // Every column is then found by its Indonesian header, whichever language the sheet was written in.
      l.kolom.forEach(k -> table.alias(k.h(), k.headers(locale)));
      if (l.kolom.contains(RencanaKolom.TARGET_TAHUN)) {
        TARGET_TAHUN.values().forEach(h -> table.alias(h.get(0), h));
      }
      tables.put(l, table);
    }
    if (!missing.isEmpty()) {
      throw ProblemException.invalid(missing);
    }
  }

  private List<Baris> rows(RencanaLembar l) {
    SheetTable t = tables.get(l);
    if (t == null) {
      return List.of();
    }
    return t.rows().stream().map(b -> new Baris(t, b)).toList();
  }

  private void identitas(Map<String, ObjectNode> parts) {
    for (Baris r : rows(RencanaLembar.IDENTITAS)) {
      String label = r.quiet(RencanaKolom.ISIAN.h());
      RencanaIdentitas i = label == null ? null : RencanaIdentitas.of(label);
      if (i == null) {
        if (r.quiet(RencanaKolom.NILAI.h()) != null) {
          refuse(r.ref(RencanaKolom.ISIAN), PlanningMessages.XLSX_UNKNOWN_ISIAN, "isian", label == null ? "" : label);
        }
        continue;
      }
      ObjectNode part = parts.get(i.bagian);
      anchors.putIfAbsent(part, r.ref(RencanaKolom.NILAI));
      r.put(part, i.field, RencanaKolom.NILAI.h(), i.isi);
    }
  }

  private void kecamatan(ObjectNode kecamatan) {
    ArrayNode desa = kecamatan.putArray("desa");
    for (Baris r : rows(RencanaLembar.DESA)) {
      ObjectNode d = r.item(desa, RencanaKolom.KODE_DESA);
      r.put(d, "kode", RencanaKolom.KODE_DESA).put(d, "nama", RencanaKolom.NAMA_DESA)
          .put(d, "jenis", RencanaKolom.JENIS_DESA);
    }
    ArrayNode units = kecamatan.putArray("unitKerja");
    for (Baris r : rows(RencanaLembar.UNIT_KERJA)) {
      ObjectNode u = r.item(units, RencanaKolom.KODE_UNIT);
      r.put(u, "kode", RencanaKolom.KODE_UNIT).put(u, "nama", RencanaKolom.NAMA_UNIT)
          .put(u, "indukKode", RencanaKolom.KODE_UNIT_INDUK);
    }
    ArrayNode pejabat = kecamatan.putArray("pejabat");
    for (Baris r : rows(RencanaLembar.PEJABAT)) {
      ObjectNode p = r.item(pejabat, RencanaKolom.NAMA_PEJABAT);
      r.put(p, "nip", RencanaKolom.NIP).put(p, "nama", RencanaKolom.NAMA_PEJABAT).put(p, "jabatan", RencanaKolom.JABATAN)
          .put(p, "peran", RencanaKolom.PERAN).put(p, "unitKode", RencanaKolom.KODE_UNIT)
          .put(p, "pangkat", RencanaKolom.PANGKAT);
    }
    teks(kecamatan.putArray("fungsi"), RencanaLembar.FUNGSI, RencanaKolom.URAIAN_FUNGSI);
    teks(kecamatan.putArray("dasarHukum"), RencanaLembar.DASAR_HUKUM, RencanaKolom.URAIAN_DASAR_HUKUM);
  }

  /** One text per row, in order; an empty row is skipped (a list sheet's rule). */
  private void teks(ArrayNode list, RencanaLembar lembar, RencanaKolom kolom) {
    for (Baris r : rows(lembar)) {
      JsonNode v = r.value(kolom.h(), kolom.isi);
      if (v != null) {
        list.add(v);
        anchors.put(v, r.ref(kolom));
      }
    }
  }

  /** Tujuan and sasaran from their sheets, then each indicator row under the tujuan or sasaran its code names. */
  private void renstra(ObjectNode renstra) {
    Map<String, ObjectNode> tujuan = new HashMap<>();
    ArrayNode tujuanList = renstra.putArray("tujuan");
    for (Baris r : rows(RencanaLembar.TUJUAN)) {
      ObjectNode t = r.item(tujuanList, RencanaKolom.KODE_TUJUAN);
      r.put(t, "kode", RencanaKolom.KODE_TUJUAN).put(t, "uraian", RencanaKolom.URAIAN_TUJUAN);
      t.putArray("indikator");
      Optional.ofNullable(t.path("kode").textValue()).ifPresent(k -> tujuan.putIfAbsent(k, t));
    }
    Map<String, ObjectNode> sasaran = new HashMap<>();
    ArrayNode sasaranList = renstra.putArray("sasaran");
    for (Baris r : rows(RencanaLembar.SASARAN)) {
      ObjectNode s = r.item(sasaranList, RencanaKolom.KODE_SASARAN);
      r.put(s, "kode", RencanaKolom.KODE_SASARAN).put(s, "uraian", RencanaKolom.URAIAN_SASARAN)
          .put(s, "tujuanKode", RencanaKolom.KODE_TUJUAN);
      s.putArray("indikator");
      Optional.ofNullable(s.path("kode").textValue()).ifPresent(k -> sasaran.putIfAbsent(k, s));
    }
    ObjectNode induk = null;
    for (Baris r : rows(RencanaLembar.RENSTRA)) {
      String kodeSasaran = r.quiet(RencanaKolom.KODE_SASARAN.h());
      String kodeTujuan = r.quiet(RencanaKolom.KODE_TUJUAN.h());
      if (kodeSasaran != null || kodeTujuan != null) {
        boolean s = kodeSasaran != null;
        induk = s ? sasaran.get(kodeSasaran) : tujuan.get(kodeTujuan);
        if (induk == null) {
          refuse(r.ref(s ? RencanaKolom.KODE_SASARAN : RencanaKolom.KODE_TUJUAN), PlanningMessages.XLSX_UNKNOWN_INDUK,
              "kode", s ? kodeSasaran : kodeTujuan, "lembar",
              (s ? RencanaLembar.SASARAN : RencanaLembar.TUJUAN).nama(locale));
          continue;
        }
      } else if (induk == null) {
        // An empty code cell means "as above"; the first indicator row has nothing above it.
        refuse(r.ref(RencanaKolom.KODE_SASARAN), PlanningMessages.XLSX_REQUIRED_INDUK);
        continue;
      }
      ObjectNode i = r.item((ArrayNode) induk.get("indikator"), RencanaKolom.KODE_INDIKATOR);
      r.rules(i);
      String type = i.path("targetType").isTextual() ? i.get("targetType").asText() : "NUMBER";
      if (r.filled(RencanaKolom.BASELINE_TAHUN, RencanaKolom.BASELINE)) {
        ObjectNode b = i.putObject("baseline");
        anchors.put(b, r.ref(RencanaKolom.BASELINE));
        r.put(b, "tahun", RencanaKolom.BASELINE_TAHUN).put(b, "nilai", RencanaKolom.BASELINE);
      }
      ArrayNode targets = i.putArray("targetTahunan");
      for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
        String h = TARGET_TAHUN.get(y).get(0);
        if (!r.has(h)) {
          continue;
        }
        // A missing year is refused at that year's cell ("target-required-for-year" names the year).
        field(i, "targetTahunan#" + y, r.ref(h));
        ObjectNode t = r.target(h, type);
        if (t != null) {
          ObjectNode item = targets.addObject();
          item.put("tahun", y);
          item.set("target", t);
          anchors.put(item, r.ref(h));
          field(item, "target", r.ref(h));
        }
      }
      field(i, "targetTahunan", r.ref(RencanaKolom.KODE_INDIKATOR));
      if (r.filled(RencanaKolom.TARGET_AKHIR_TAHUN, RencanaKolom.TARGET_AKHIR)) {
        ObjectNode a = i.putObject("targetAkhir");
        anchors.put(a, r.ref(RencanaKolom.TARGET_AKHIR));
        r.put(a, "tahun", RencanaKolom.TARGET_AKHIR_TAHUN);
        ObjectNode t = r.target(RencanaKolom.TARGET_AKHIR.h(), type);
        if (t != null) {
          a.set("target", t);
        }
        field(a, "target", r.ref(RencanaKolom.TARGET_AKHIR));
      }
      Optional.ofNullable(i.path("kode").textValue()).ifPresent(k -> {
        renstraIndikator.putIfAbsent(k, i);
        renstraTypes.putIfAbsent(k, type);
      });
    }
  }

  /**
   * The PK versions, then their sasaran and indicators (rows of one PK and one sasaran together; an empty PK no. or
   * sasaran code is the one above), then their budget lines.
   */
  private void pk() {
    ArrayNode list = root.putArray("perjanjianKinerja");
    for (Baris r : rows(RencanaLembar.PK)) {
      String no = r.quiet(RencanaKolom.NO_PK.h());
      ObjectNode pk = r.item(list, RencanaKolom.NO_PK);
      if (no == null) {
        refuse(r.ref(RencanaKolom.NO_PK), PlanningMessages.REQUIRED_PROPERTY, "nama", RencanaKolom.NO_PK.header(locale));
      } else if (pks.putIfAbsent(no, pk) != null) {
        refuse(r.ref(RencanaKolom.NO_PK), PlanningMessages.XLSX_DUPLICATE_NO_PK, "nomor", no);
      }
      r.put(pk, "tahun", RencanaKolom.TAHUN);
      ObjectNode pertama = pk.putObject("pihakPertama");
      anchors.put(pertama, r.ref(RencanaKolom.NAMA_PIHAK_PERTAMA));
      r.put(pertama, "nip", RencanaKolom.NIP_PIHAK_PERTAMA).put(pertama, "nama", RencanaKolom.NAMA_PIHAK_PERTAMA);
      if (r.filled(RencanaKolom.NIP_PIHAK_KEDUA, RencanaKolom.NAMA_PIHAK_KEDUA, RencanaKolom.JABATAN_PIHAK_KEDUA,
          RencanaKolom.PERAN_PIHAK_KEDUA, RencanaKolom.UNIT_PIHAK_KEDUA, RencanaKolom.PANGKAT_PIHAK_KEDUA)) {
        ObjectNode kedua = pk.putObject("pihakKedua");
        anchors.put(kedua, r.ref(RencanaKolom.NAMA_PIHAK_KEDUA));
        r.put(kedua, "nip", RencanaKolom.NIP_PIHAK_KEDUA).put(kedua, "nama", RencanaKolom.NAMA_PIHAK_KEDUA)
            .put(kedua, "jabatan", RencanaKolom.JABATAN_PIHAK_KEDUA).put(kedua, "peran", RencanaKolom.PERAN_PIHAK_KEDUA)
            .put(kedua, "unitKode", RencanaKolom.UNIT_PIHAK_KEDUA)
            .put(kedua, "pangkat", RencanaKolom.PANGKAT_PIHAK_KEDUA);
      }
      r.put(pk, "jenis", RencanaKolom.JENIS_PK).put(pk, "versi", RencanaKolom.VERSI).put(pk, "tanggal", RencanaKolom.TANGGAL)
          .put(pk, "ditetapkan", RencanaKolom.DITETAPKAN);
      field(pk, "sasaran", r.ref(RencanaKolom.NO_PK));
      field(pk, "anggaran", r.ref(RencanaKolom.NO_PK));
      pk.putArray("sasaran");
      pk.putArray("anggaran");
    }
    pkIndikator();
    anggaran();
  }

  private void pkIndikator() {
    String no = null;
    Map<String, ObjectNode> lastSasaran = new HashMap<>();
    for (Baris r : rows(RencanaLembar.PK_INDIKATOR)) {
      no = Objects.requireNonNullElse(r.quiet(RencanaKolom.NO_PK.h()), Objects.toString(no, ""));
      ObjectNode pk = pk(r, no);
      if (pk == null) {
        continue;
      }
      String kode = r.quiet(RencanaKolom.KODE_SASARAN.h());
      ObjectNode s = lastSasaran.get(no);
      if (s == null || kode != null && !kode.equals(s.path("kode").textValue())) {
        s = r.item((ArrayNode) pk.get("sasaran"), RencanaKolom.KODE_SASARAN);
        s.putArray("indikator");
        lastSasaran.put(no, s);
      }
      // The sasaran's own cells: from its first row that has them.
      Map<String, RencanaKolom> sasaranKolom = Map.of("kode", RencanaKolom.KODE_SASARAN, "uraian", RencanaKolom.URAIAN_SASARAN,
          "level", RencanaKolom.LEVEL_SASARAN);
      for (Map.Entry<String, RencanaKolom> f : sasaranKolom.entrySet()) {
        if (!s.has(f.getKey())) {
          r.put(s, f.getKey(), f.getValue());
        }
      }
      if (!r.filled(RencanaKolom.KODE_INDIKATOR, RencanaKolom.INDIKATOR_SENDIRI, RencanaKolom.TARGET,
          RencanaKolom.TARGET_TW1, RencanaKolom.TARGET_TW2, RencanaKolom.TARGET_TW3, RencanaKolom.TARGET_TW4)) {
        continue; // a sasaran without indicators
      }
      ObjectNode item = r.item((ArrayNode) s.get("indikator"), RencanaKolom.KODE_INDIKATOR);
      Boolean own = r.yaTidak(RencanaKolom.INDIKATOR_SENDIRI);
      String type;
      if (Boolean.TRUE.equals(own)) {
        ObjectNode i = item.putObject("indikator");
        anchors.put(i, r.ref(RencanaKolom.KODE_INDIKATOR));
        r.rules(i);
        type = i.path("targetType").isTextual() ? i.get("targetType").asText() : "NUMBER";
        String k = i.path("kode").textValue();
        if (k != null) {
          ownIndikator.putIfAbsent(no + "|" + k, i);
        }
      } else {
        r.put(item, "indikatorKode", RencanaKolom.KODE_INDIKATOR);
        type = renstraTypes.get(item.path("indikatorKode").textValue());
      }
      ObjectNode t = r.target(RencanaKolom.TARGET.h(), type);
      if (t != null) {
        item.set("target", t);
      }
      field(item, "target", r.ref(RencanaKolom.TARGET));
      ArrayNode tw = item.putArray("targetTriwulan");
      List<RencanaKolom> columns = List.of(RencanaKolom.TARGET_TW1, RencanaKolom.TARGET_TW2, RencanaKolom.TARGET_TW3,
          RencanaKolom.TARGET_TW4);
      for (int q = 0; q < 4; q++) {
        ObjectNode target = r.target(columns.get(q).h(), type);
        if (target != null) {
          ObjectNode e = tw.addObject();
          e.put("triwulan", q + 1);
          e.set("target", target);
          anchors.put(e, r.ref(columns.get(q)));
          field(e, "target", r.ref(columns.get(q)));
        }
      }
      field(item, "targetTriwulan", r.ref(RencanaKolom.TARGET_TW1));
    }
  }

  private void anggaran() {
    String no = null;
    List<RencanaKolom> tw = List.of(RencanaKolom.PAGU_TW1, RencanaKolom.PAGU_TW2, RencanaKolom.PAGU_TW3,
        RencanaKolom.PAGU_TW4);
    for (Baris r : rows(RencanaLembar.ANGGARAN)) {
      no = Objects.requireNonNullElse(r.quiet(RencanaKolom.NO_PK.h()), Objects.toString(no, ""));
      ObjectNode pk = pk(r, no);
      if (pk == null) {
        continue;
      }
      ObjectNode a = r.item((ArrayNode) pk.get("anggaran"), RencanaKolom.KODE_ANGGARAN);
      r.put(a, "kode", RencanaKolom.KODE_ANGGARAN).put(a, "nama", RencanaKolom.NAMA_ANGGARAN)
          .put(a, "level", RencanaKolom.LEVEL_ANGGARAN).put(a, "parentKode", RencanaKolom.KODE_INDUK)
          .put(a, "pagu", RencanaKolom.PAGU);
      field(a, "paguTriwulan", r.ref(RencanaKolom.PAGU_TW1));
      if (r.filled(tw.toArray(RencanaKolom[]::new))) {
        // All four or none: an empty one is sent as null and refused by the schema at its own cell.
        ArrayNode pagu = a.putArray("paguTriwulan");
        for (int q = 0; q < 4; q++) {
          JsonNode v = r.value(tw.get(q).h(), RencanaKolom.Isi.RUPIAH);
          pagu.add(v == null ? NODES.nullNode() : v);
          field(a, "paguTriwulan[" + q + "]", r.ref(tw.get(q)));
        }
      }
      r.put(a, "sasaranKode", RencanaKolom.KODE_SASARAN).put(a, "nomenklaturVersi", RencanaKolom.NOMENKLATUR)
          .put(a, "keterangan", RencanaKolom.KETERANGAN);
    }
  }

  /** The PK a row's number names; null (refused) when there is none. */
  private ObjectNode pk(Baris r, String no) {
    if (no.isEmpty()) {
      refuse(r.ref(RencanaKolom.NO_PK), PlanningMessages.REQUIRED_PROPERTY, "nama", RencanaKolom.NO_PK.header(locale));
      return null;
    }
    ObjectNode pk = pks.get(no);
    if (pk == null) {
      refuse(r.ref(RencanaKolom.NO_PK), PlanningMessages.XLSX_UNKNOWN_NO_PK, "nomor", no, "lembar",
          RencanaLembar.PK.nama(locale));
    }
    return pk;
  }

  /** Each IKU row onto its indicator: a Renstra indicator (no PK no.) or the own indicator of that PK. */
  private void ikuDetail() {
    for (Baris r : rows(RencanaLembar.IKU_DETAIL)) {
      String no = r.quiet(RencanaKolom.NO_PK.h());
      String kode = r.quiet(RencanaKolom.KODE_INDIKATOR.h());
      ObjectNode i = no == null ? renstraIndikator.get(kode) : ownIndikator.get(no + "|" + kode);
      if (i == null) {
        refuse(r.ref(RencanaKolom.KODE_INDIKATOR), PlanningMessages.XLSX_UNKNOWN_INDIKATOR, "kode",
            kode == null ? "" : kode, "lembar", (no == null ? RencanaLembar.RENSTRA : RencanaLembar.PK_INDIKATOR).nama(locale));
        continue;
      }
      ObjectNode d = i.putObject("ikuDetail");
      anchors.put(d, r.ref(RencanaKolom.DEFINISI));
      r.put(d, "definisi", RencanaKolom.DEFINISI).put(d, "rumus", RencanaKolom.RUMUS)
          .put(d, "sumberData", RencanaKolom.SUMBER_DATA).put(d, "penanggungJawab", RencanaKolom.PENANGGUNG_JAWAB);
    }
  }

  private void riwayat() {
    for (Baris r : rows(RencanaLembar.RIWAYAT)) {
      String kode = r.quiet(RencanaKolom.KODE_INDIKATOR.h());
      ObjectNode i = kode == null ? null : renstraIndikator.get(kode);
      if (i == null) {
        refuse(r.ref(RencanaKolom.KODE_INDIKATOR), PlanningMessages.XLSX_UNKNOWN_INDIKATOR, "kode",
            kode == null ? "" : kode, "lembar", RencanaLembar.RENSTRA.nama(locale));
        continue;
      }
      ObjectNode h = r.item(i.withArray("riwayat"), RencanaKolom.TAHUN);
      r.put(h, "tahun", RencanaKolom.TAHUN).put(h, "realisasi", RencanaKolom.REALISASI).put(h, "sumber", RencanaKolom.SUMBER);
    }
  }

  /** Bands in rows; a scale is the run of rows with one year and purpose (an empty one of them: as above). */
  private void skala() {
    ArrayNode list = root.putArray("skalaPredikat");
    ObjectNode skala = null;
    for (Baris r : rows(RencanaLembar.SKALA)) {
      JsonNode tahun = r.value(RencanaKolom.TAHUN.h(), RencanaKolom.TAHUN.isi);
      JsonNode tujuan = r.value(RencanaKolom.TUJUAN_SKALA.h(), RencanaKolom.TUJUAN_SKALA.isi);
      if (skala != null) {
        tahun = tahun == null ? skala.get("tahun") : tahun;
        tujuan = tujuan == null ? skala.get("tujuan") : tujuan;
      }
      if (skala == null || !Objects.equals(tahun, skala.get("tahun")) || !Objects.equals(tujuan, skala.get("tujuan"))) {
        skala = r.item(list, RencanaKolom.TUJUAN_SKALA);
        field(skala, "tahun", r.ref(RencanaKolom.TAHUN));
        field(skala, "tujuan", r.ref(RencanaKolom.TUJUAN_SKALA));
        if (tahun != null) {
          skala.set("tahun", tahun);
        }
        if (tujuan != null) {
          skala.set("tujuan", tujuan);
        }
        r.put(skala, "nama", RencanaKolom.NAMA_SKALA);
        skala.putArray("bands");
      }
      if (r.filled(RencanaKolom.BATAS_BAWAH, RencanaKolom.BAWAH_TERMASUK, RencanaKolom.BATAS_ATAS,
          RencanaKolom.ATAS_TERMASUK, RencanaKolom.SKOR, RencanaKolom.LABEL_PREDIKAT, RencanaKolom.KODE_PREDIKAT)) {
        ObjectNode b = r.item((ArrayNode) skala.get("bands"), RencanaKolom.SKOR);
        // An empty bound is infinite: null, which the band format requires to be stated.
        b.putNull("lower");
        b.putNull("upper");
        r.put(b, "lower", RencanaKolom.BATAS_BAWAH).put(b, "lowerInclusive", RencanaKolom.BAWAH_TERMASUK)
            .put(b, "upper", RencanaKolom.BATAS_ATAS).put(b, "upperInclusive", RencanaKolom.ATAS_TERMASUK)
            .put(b, "skor", RencanaKolom.SKOR).put(b, "label", RencanaKolom.LABEL_PREDIKAT)
            .put(b, "kode", RencanaKolom.KODE_PREDIKAT);
      }
    }
  }

  private void jadwal() {
    ArrayNode list = root.putArray("jadwal");
    for (Baris r : rows(RencanaLembar.JADWAL)) {
      ObjectNode j = r.item(list, RencanaKolom.TRIWULAN);
      r.put(j, "tahun", RencanaKolom.TAHUN).put(j, "triwulan", RencanaKolom.TRIWULAN)
          .put(j, "inputDibuka", RencanaKolom.INPUT_DIBUKA).put(j, "inputDitutup", RencanaKolom.INPUT_DITUTUP)
          .put(j, "verifikasiDitutup", RencanaKolom.VERIFIKASI_DITUTUP);
    }
  }

  /** Provenance notes; a workbook without any leaves the stored ones as they are (as a document without them). */
  private void catatan() {
    List<Baris> rows = rows(RencanaLembar.CATATAN_SUMBER);
    if (rows.isEmpty()) {
      return;
    }
    ArrayNode list = root.putArray("catatanSumber");
    for (Baris r : rows) {
      ObjectNode c = r.item(list, RencanaKolom.BAGIAN);
      r.put(c, "bagian", RencanaKolom.BAGIAN).put(c, "sumber", RencanaKolom.SUMBER).put(c, "catatan", RencanaKolom.CATATAN);
    }
  }

  // ------------------------------------------------------------------------------------------------ cells

  private void refuse(String ref, PlanningMessages key, Object... args) {
    refusals.add(FieldViolation.of(ref, key, args));
  }

  private void field(JsonNode node, String name, String ref) {
    fields.computeIfAbsent(node, n -> new LinkedHashMap<>()).putIfAbsent(name, ref);
  }

  /** Every JSON path of the document with the cell it came from. */
  private void walk(JsonNode node, String path, Map<String, String> sel) {
    String anchor = anchors.get(node);
    if (anchor != null && !path.isEmpty()) {
      sel.putIfAbsent(path, anchor);
    }
    Map<String, String> f = fields.get(node);
    if (f != null) {
      f.forEach((name, ref) -> sel.putIfAbsent(join(path, name), ref));
    }
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> walk(e.getValue(), join(path, e.getKey()), sel));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path + "[" + i + "]", sel);
      }
    }
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** One row of a sheet: its cells read by column into the document, each remembered by its reference. */
  private final class Baris {

    private final SheetTable table;
    private final SheetTable.Baris b;

    Baris(SheetTable table, SheetTable.Baris b) {
      this.table = table;
      this.b = b;
    }

    String ref(RencanaKolom k) {
      return b.ref(k.h());
    }

    String ref(String h) {
      return b.ref(h);
    }

    boolean has(String h) {
      return table.has(h);
    }

    /** The cell's text, refusing nothing (a cell that cannot be read is refused where it is read as a value). */
    String quiet(String h) {
      return b.text(h, new ArrayList<>());
    }

    /** Whether any of these cells holds something. */
    boolean filled(RencanaKolom... ks) {
      for (RencanaKolom k : ks) {
        if (quiet(k.h()) != null) {
          return true;
        }
      }
      return false;
    }

    /** A new object of {@code list}, standing at this row's cell of {@code at}. */
    ObjectNode item(ArrayNode list, RencanaKolom at) {
      ObjectNode o = list.addObject();
      anchors.put(o, ref(at));
      return o;
    }

    Baris put(ObjectNode node, String name, RencanaKolom k) {
      return put(node, name, k.h(), k.isi);
    }

    /** The cell as the field {@code name} of {@code node} (left out when empty); the field remembers the cell. */
    Baris put(ObjectNode node, String name, String h, RencanaKolom.Isi isi) {
      field(node, name, b.ref(h));
      JsonNode v = value(h, isi);
      if (v != null) {
        node.set(name, v);
      }
      return this;
    }

    /** The cell as a value of the document's kind; null when empty or refused. */
    JsonNode value(String h, RencanaKolom.Isi isi) {
      return switch (isi) {
        case TEKS, KODE -> text(h);
        case PILIHAN -> {
          String s = b.text(h, refusals);
          // "sub kegiatan", "higher-is-better": the code in other clothes. An unknown one goes to the rules as written.
          yield s == null ? null : NODES.textNode(s.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_"));
        }
        case YA_TIDAK -> {
          Boolean v = yaTidak(h);
          yield v == null ? null : NODES.booleanNode(v);
        }
        case ANGKA -> {
          BigDecimal v = b.number(h, refusals);
          yield v == null ? null : NODES.numberNode(v);
        }
        case BULAT, RUPIAH -> whole(b.number(h, refusals));
        case DAFTAR -> {
          String s = b.text(h, refusals);
          if (s == null) {
            yield null;
          }
          ArrayNode a = NODES.arrayNode();
          for (String part : s.split("[,;\\s]+")) {
            if (!part.isEmpty()) {
              a.add(part.matches("\\d{1,9}") ? NODES.numberNode(Integer.parseInt(part)) : NODES.textNode(part));
            }
          }
          yield a;
        }
        case TARGET -> target(h, null);
        case INFO -> null;
      };
    }

    private JsonNode text(String h) {
      String s = b.text(h, refusals);
      return s == null ? null : NODES.textNode(s);
    }

    Boolean yaTidak(RencanaKolom k) {
      return yaTidak(k.h());
    }

    /** Ya/Tidak in either language (or TRUE/FALSE); anything else is refused at the cell. */
    private Boolean yaTidak(String h) {
      String s = b.text(h, refusals);
      if (s == null) {
        return null;
      }
      String v = s.trim().toLowerCase(Locale.ROOT);
      for (Locale l : Messages.SUPPORTED) {
        if (v.equals(RencanaKolom.text(Message.of(PlanningMessages.XLSX_YA), l).toLowerCase(Locale.ROOT))) {
          return Boolean.TRUE;
        }
        if (v.equals(RencanaKolom.text(Message.of(PlanningMessages.XLSX_TIDAK), l).toLowerCase(Locale.ROOT))) {
          return Boolean.FALSE;
        }
      }
      if (v.equals("true") || v.equals("1")) {
        return Boolean.TRUE;
      }
      if (v.equals("false") || v.equals("0")) {
        return Boolean.FALSE;
      }
      refusals.add(FieldViolation.of(b.ref(h), PlanningMessages.MUST_BE_ONE_OF_ENUM, "pilihan",
          List.of(RencanaKolom.text(Message.of(PlanningMessages.XLSX_YA), locale),
              RencanaKolom.text(Message.of(PlanningMessages.XLSX_TIDAK), locale))));
      return null;
    }

    /**
     * A target as the indicator's form ({@code type}: NUMBER, RANGE, TEXT; null when not known) reads it: a number,
     * "min – max", or a text. Null when the cell is empty or cannot be read (then refused at the cell).
     */
    ObjectNode target(String h, String type) {
      String raw = quiet(h);
      if (raw == null) {
        return null;
      }
      ObjectNode t = NODES.objectNode();
      if ("TEXT".equals(type)) {
        t.put("teks", raw);
        return t;
      }
      String[] range = RANGE.split(raw.trim(), -1);
      if (range.length == 2 && !"NUMBER".equals(type)) {
        try {
          // Stated as a range: min and max; the rules refuse a range where a number belongs.
          BigDecimal min = AngkaTertulis.parseOrAbsent(range[0], NumberStyle.ID);
          BigDecimal max = AngkaTertulis.parseOrAbsent(range[1], NumberStyle.ID);
          if (min != null) {
            t.set("min", NODES.numberNode(min));
          }
          if (max != null) {
            t.set("max", NODES.numberNode(max));
          }
          return t;
        } catch (UnreadableNumber e) {
          refusals.add(new FieldViolation(b.ref(h), e.reason().key().rule(), e.reason()));
          return null;
        }
      }
      if (type == null) {
        // A reference the plan does not know (the rules say so): a number if it reads as one, else its text.
        BigDecimal n = b.number(h, new ArrayList<>());
        if (n == null) {
          t.put("teks", raw);
        } else {
          t.set("nilai", NODES.numberNode(n));
        }
        return t;
      }
      BigDecimal n = b.number(h, refusals);
      if (n == null) {
        return null;
      }
      t.set("nilai", NODES.numberNode(n));
      return t;
    }

    /** The rule attributes of an indicator from this row (Renstra sheet, or a PK's own indicator). */
    void rules(ObjectNode i) {
      put(i, "kode", RencanaKolom.KODE_INDIKATOR).put(i, "nama", RencanaKolom.NAMA_INDIKATOR)
          .put(i, "satuan", RencanaKolom.SATUAN).put(i, "level", RencanaKolom.LEVEL_INDIKATOR)
          .put(i, "anggaranKode", RencanaKolom.ANGGARAN_INDIKATOR).put(i, "iku", RencanaKolom.IKU)
          .put(i, "polarity", RencanaKolom.POLARITY).put(i, "negativeFormula", RencanaKolom.NEGATIVE_FORMULA)
          .put(i, "targetType", RencanaKolom.TARGET_TYPE).put(i, "aggregation", RencanaKolom.AGGREGATION)
          .put(i, "twTargetMode", RencanaKolom.TW_TARGET_MODE).put(i, "zeroTargetRule", RencanaKolom.ZERO_TARGET_RULE)
          .put(i, "precision", RencanaKolom.PRECISION).put(i, "capaianScoreCap", RencanaKolom.CAPAIAN_SCORE_CAP)
          .put(i, "evidenceRequired", RencanaKolom.EVIDENCE_REQUIRED).put(i, "dueTriwulan", RencanaKolom.DUE_TRIWULAN);
      if (filled(RencanaKolom.PEMBILANG, RencanaKolom.PENYEBUT)) {
        ObjectNode k = i.putObject("komponen");
        anchors.put(k, ref(RencanaKolom.PEMBILANG));
        put(k, "pembilang", RencanaKolom.PEMBILANG).put(k, "penyebut", RencanaKolom.PENYEBUT);
      }
      field(i, "komponen", ref(RencanaKolom.PEMBILANG));
    }
  }

  private static Map<Integer, List<String>> targetTahun() {
    Map<Integer, List<String>> out = new LinkedHashMap<>();
    for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
      out.put(y, List.of(RencanaKolom.targetTahun(y, Messages.INDONESIAN), RencanaKolom.targetTahun(y, Messages.ENGLISH)));
    }
    return out;
  }

  /** A whole number as an integer node; a fraction as the decimal it is (the schema then says it must be whole). */
  private static JsonNode whole(BigDecimal v) {
    if (v == null) {
      return null;
    }
    BigDecimal s = v.stripTrailingZeros();
    if (s.scale() > 0) {
      return NODES.numberNode(v);
    }
    BigInteger i = s.toBigIntegerExact();
    return i.bitLength() < 32 ? NODES.numberNode(i.intValue()) : i.bitLength() < 64 ? NODES.numberNode(i.longValue())
        : NODES.numberNode(i);
  }
}
