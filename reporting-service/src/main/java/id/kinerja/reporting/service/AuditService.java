package id.kinerja.reporting.service;

import id.kinerja.common.i18n.CommonMessages;
import id.kinerja.common.i18n.AngkaTertulis;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.kinerja.common.problem.FieldViolation;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.reporting.domain.ReportingMessages;
import id.kinerja.reporting.domain.Tampilan;
import id.kinerja.reporting.domain.calc.Audit;
import id.kinerja.reporting.domain.calc.AuditFlag;
import id.kinerja.reporting.domain.calc.Aggregation;
import id.kinerja.reporting.domain.calc.AnggaranNode;
import id.kinerja.reporting.domain.calc.Cell;
import id.kinerja.reporting.domain.calc.Serapan;
import id.kinerja.reporting.domain.calc.TriwulanView;
import id.kinerja.reporting.domain.calc.IndikatorEvaluation;
import id.kinerja.reporting.domain.calc.KecamatanTahunResult;
import id.kinerja.reporting.domain.calc.KinerjaAnggaran;
import id.kinerja.common.i18n.NumberStyle;
import id.kinerja.reporting.domain.calc.PlanNotComputable;
import id.kinerja.reporting.domain.calc.Predikat;
import id.kinerja.reporting.domain.calc.Angka;
import id.kinerja.reporting.domain.calc.PrintedAnggaranRow;
import id.kinerja.common.i18n.UnreadableNumber;
import id.kinerja.reporting.domain.plan.Indikator;
import id.kinerja.reporting.service.view.AuditViews;

/**
 * The consistency audit (docs/domain.md §2.9.7, §4): stated figures against the engine's, at the stated precision, one flag
 * per mismatch. The comparison logic is the engine's ({@code calc.Audit}); this service parses the stated numbers
 * (every unreadable one refused with its JSON path) and feeds each one with the engine's figure for it.
 */
@ApplicationScoped
public class AuditService {

  private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(AuditService.class);

  @Inject
  Recalculation recalculation;

  @Inject
  FigureCalculator calculator;

  private record Stated(String field, BigDecimal value) {
  }

  /** The lists of a request (absent = none). */
  private record Parts(List<AuditViews.Pengukuran> pengukuran, List<AuditViews.Efisiensi> efisiensi,
      List<AuditViews.Anggaran> anggaran, List<AuditViews.TabelAnggaran> tabel,
      List<AuditViews.PengukuranTriwulan> pengukuranTriwulan, List<AuditViews.AnggaranTriwulan> anggaranTriwulan,
      List<AuditViews.RingkasanTriwulan> ringkasanTriwulan) {

    static Parts of(AuditViews.Request req) {
      return new Parts(orNone(req.pengukuran()), orNone(req.efisiensi()), orNone(req.anggaran()),
          orNone(req.tabelAnggaran()), orNone(req.pengukuranTriwulan()), orNone(req.anggaranTriwulan()),
          orNone(req.ringkasanTriwulan()));
    }
  }

  private static <T> List<T> orNone(List<T> list) {
    return list == null ? List.of() : list;
  }

  @Transactional
  public AuditViews.Result audit(String kecamatanKode, int tahun, AuditViews.Request req) {
    Tampilan tampilan = req.tampilan() == null ? Tampilan.OFFICIAL : Tampilan.valueOf(req.tampilan());
    NumberStyle style = req.notasi() == null ? NumberStyle.AUTO : NumberStyle.valueOf(req.notasi());
    int asOf = req.triwulan() == null ? 4 : req.triwulan();
    Parts parts = Parts.of(req);
    Map<String, BigDecimal> stated = parseStated(req, parts, style);
    List<FieldViolation> late = afterTheReport(parts, asOf);
    if (!late.isEmpty()) {
      throw ProblemException.invalid(late);
    }

    FigureCalculator.Inputs in = recalculation.loadInputs(kecamatanKode, tahun)
        .orElseThrow(() -> ReportService.notFoundRencana(kecamatanKode, tahun));
    Map<String, Indikator> plan = new HashMap<>();
    in.rencana().indikator().forEach(i -> plan.put(i.kode(), i));
    List<FieldViolation> unknown = unknownIndikator("pengukuran", parts.pengukuran().stream()
        .map(AuditViews.Pengukuran::indikatorKode).toList(), plan, tahun);
    unknown.addAll(unknownIndikator("pengukuranTriwulan", parts.pengukuranTriwulan().stream()
        .map(AuditViews.PengukuranTriwulan::indikatorKode).toList(), plan, tahun));
    KecamatanTahunResult r = engine(in, tampilan, asOf, kecamatanKode, tahun);
    unknown.addAll(unknownAnggaran("anggaran", parts.anggaran().stream().map(AuditViews.Anggaran::anggaranKode).toList(),
        r, tahun));
    unknown.addAll(unknownAnggaran("anggaranTriwulan", parts.anggaranTriwulan().stream()
        .map(AuditViews.AnggaranTriwulan::anggaranKode).toList(), r, tahun));
    if (!unknown.isEmpty()) {
      throw ProblemException.invalid(unknown);
    }

    Findings found = new Findings(stated);
    checkPengukuran(found, parts.pengukuran(), parts.pengukuranTriwulan(), plan, r, in, tahun);
    checkTriwulan(found, parts, plan, r);
    checkEfisiensi(found, parts.efisiensi(), r, tahun);
    checkAnggaran(found, parts.anggaran(), r);
    if (found.has("capaianRataRata")) {
      found.add("capaianRataRata", Audit.mean("capaian rata-rata / keseluruhan", found.value("capaianRataRata"),
          r.akhir().overall()));
    }
    checkTabelAnggaran(found, parts.tabel());
    // Flags of the data itself: realisasi above pagu, planned parent pagu ≠ Σ children.
    for (AuditFlag f : Audit.budget(r.anggaran())) {
      found.flags.add(view(null, f));
    }
    return new AuditViews.Result(kecamatanKode, tahun, tampilan.name(), req.triwulan(), found.checked, found.flags);
  }

  // ---- stated numbers -----------------------------------------------------------------------------------------

  /** The readable stated numbers by their JSON path, in one notation; every unreadable one a field violation. */
  private static final class StatedNumbers {
    final NumberStyle style;
    final Map<String, BigDecimal> numbers = new HashMap<>();
    final List<FieldViolation> bad = new ArrayList<>();

    StatedNumbers(NumberStyle style) {
      this.style = style;
    }

    /** Parses the texts of one object at {@code at}: pairs of a field name and its text (null = not stated). */
    void parse(String at, String... fieldsAndTexts) {
      for (int i = 0; i < fieldsAndTexts.length; i += 2) {
        parseOne(at + "." + fieldsAndTexts[i], fieldsAndTexts[i + 1]);
      }
    }

    void parseOne(String field, String text) {
      if (text == null) {
        return;
      }
      try {
        BigDecimal v = AngkaTertulis.parseOrAbsent(text, style);
        if (v != null) {
          numbers.put(field, v);
        }
      } catch (UnreadableNumber e) {
        bad.add(new FieldViolation(field, e.reason().key().rule(), e.reason()));
      } catch (NumberFormatException e) {
        bad.add(FieldViolation.of(field, CommonMessages.NUMBER_AS_PRINTED_NOT_A_NUMBER, "teks", text));
      }
    }

    void parseRow(String at, AuditViews.BarisAnggaran row) {
      parse(at, "anggaran", row.anggaran(), "realisasi", row.realisasi(), "persen", row.persen());
    }
  }

  /** Parses every stated number first: a request with an unreadable number is refused whole. */
  private static Map<String, BigDecimal> parseStated(AuditViews.Request req, Parts parts, NumberStyle style) {
    StatedNumbers n = new StatedNumbers(style);
    for (int i = 0; i < parts.pengukuran().size(); i++) {
      AuditViews.Pengukuran p = parts.pengukuran().get(i);
      n.parse("pengukuran[" + i + "]", "target", p.target(), "realisasi", p.realisasi(), "capaian", p.capaian(),
          "tingkatKemajuan", p.tingkatKemajuan());
    }
    for (int i = 0; i < parts.efisiensi().size(); i++) {
      AuditViews.Efisiensi e = parts.efisiensi().get(i);
      n.parse("efisiensi[" + i + "]", "capaian", e.capaian(), "serapan", e.serapan(), "efisiensi", e.efisiensi());
    }
    for (int i = 0; i < parts.anggaran().size(); i++) {
      n.parse("anggaran[" + i + "]", "serapan", parts.anggaran().get(i).serapan());
    }
    n.parseOne("capaianRataRata", req.capaianRataRata());
    for (int i = 0; i < parts.pengukuranTriwulan().size(); i++) {
      AuditViews.PengukuranTriwulan p = parts.pengukuranTriwulan().get(i);
      n.parse("pengukuranTriwulan[" + i + "]", "target", p.target(), "realisasi", p.realisasi(), "capaian", p.capaian(),
          "capaianTargetTriwulan", p.capaianTargetTriwulan(), "realisasiKumulatif", p.realisasiKumulatif(),
          "capaianKumulatif", p.capaianKumulatif());
    }
    for (int i = 0; i < parts.anggaranTriwulan().size(); i++) {
      AuditViews.AnggaranTriwulan a = parts.anggaranTriwulan().get(i);
      n.parse("anggaranTriwulan[" + i + "]", "pagu", a.pagu(), "realisasi", a.realisasi(), "serapan", a.serapan(),
          "realisasiKumulatif", a.realisasiKumulatif(), "serapanKumulatif", a.serapanKumulatif());
    }
    for (int i = 0; i < parts.ringkasanTriwulan().size(); i++) {
      AuditViews.RingkasanTriwulan t = parts.ringkasanTriwulan().get(i);
      n.parse("ringkasanTriwulan[" + i + "]", "capaianRataRata", t.capaianRataRata(), "capaianRataRataKumulatif",
          t.capaianRataRataKumulatif(), "realisasiRataRata", t.realisasiRataRata(), "realisasiRataRataKumulatif",
          t.realisasiRataRataKumulatif());
    }
    for (int t = 0; t < parts.tabel().size(); t++) {
      AuditViews.TabelAnggaran tab = parts.tabel().get(t);
      List<AuditViews.BarisAnggaran> rows = orNone(tab.baris());
      for (int i = 0; i < rows.size(); i++) {
        n.parseRow("tabelAnggaran[" + t + "].baris[" + i + "]", rows.get(i));
      }
      if (tab.jumlah() != null) {
        n.parseRow("tabelAnggaran[" + t + "].jumlah", tab.jumlah());
      }
    }
    if (!n.bad.isEmpty()) {
      throw ProblemException.invalid(n.bad);
    }
    return n.numbers;
  }

  // ---- the plan and the engine --------------------------------------------------------------------------------

  /** Each indicator kode of the list {@code part} that the plan lacks, naming its field. */
  private static List<FieldViolation> unknownIndikator(String part, List<String> kode, Map<String, Indikator> plan,
      int tahun) {
    List<FieldViolation> unknown = new ArrayList<>();
    for (int i = 0; i < kode.size(); i++) {
      if (!plan.containsKey(kode.get(i))) {
        unknown.add(FieldViolation.of(part + "[" + i + "].indikatorKode", ReportingMessages.KNOWN_INDIKATOR_AUDIT,
            "kode", kode.get(i), "tahun", tahun));
      }
    }
    return unknown;
  }

  /** Each budget kode of the list {@code part} that the plan lacks (null = the total row, always known). */
  private static List<FieldViolation> unknownAnggaran(String part, List<String> kode, KecamatanTahunResult r,
      int tahun) {
    List<FieldViolation> unknown = new ArrayList<>();
    for (int i = 0; i < kode.size(); i++) {
      if (kode.get(i) != null && r.anggaran().node(kode.get(i)) == null) {
        unknown.add(FieldViolation.of(part + "[" + i + "].anggaranKode", ReportingMessages.KNOWN_ANGGARAN_AUDIT,
            "kode", kode.get(i), "tahun", tahun));
      }
    }
    return unknown;
  }

  /** Triwulan rows after the report's triwulan: a report as of TW n prints nothing of a later one. */
  private static List<FieldViolation> afterTheReport(Parts parts, int asOf) {
    List<FieldViolation> late = new ArrayList<>();
    Map<String, List<Integer>> rows = new LinkedHashMap<>();
    rows.put("pengukuranTriwulan", parts.pengukuranTriwulan().stream().map(AuditViews.PengukuranTriwulan::triwulan).toList());
    rows.put("anggaranTriwulan", parts.anggaranTriwulan().stream().map(AuditViews.AnggaranTriwulan::triwulan).toList());
    rows.put("ringkasanTriwulan", parts.ringkasanTriwulan().stream().map(AuditViews.RingkasanTriwulan::triwulan).toList());
    rows.forEach((part, triwulan) -> {
      for (int i = 0; i < triwulan.size(); i++) {
        if (triwulan.get(i) > asOf) {
          late.add(FieldViolation.of(part + "[" + i + "].triwulan", ReportingMessages.RANGE_AUDIT_TRIWULAN, "triwulan",
              triwulan.get(i), "laporan", asOf));
        }
      }
    });
    return late;
  }

  /** The engine's result as of the triwulan; a plan it cannot compute is refused (422). */
  private KecamatanTahunResult engine(FigureCalculator.Inputs in, Tampilan tampilan, int asOf, String kecamatanKode,
      int tahun) {
    try {
      return calculator.engine(in, tampilan, asOf);
    } catch (PlanNotComputable e) {
      throw ProblemException.unprocessable("rencana", ReportingMessages.COMPUTABLE_PLAN, "tahun", tahun, "sebab",
          e.reason());
    } catch (IllegalArgumentException e) {
      // A broken invariant of the engine, not of the plan: its English detail is for the log only.
      LOG.errorf("Audit of kecamatan %s tahun %d cannot compute the plan: %s", kecamatanKode, tahun, e.getMessage());
      throw ProblemException.unprocessable("rencana", ReportingMessages.COMPUTABLE_PLAN_NO_REASON, "tahun", tahun);
    }
  }

  // ---- the checks ---------------------------------------------------------------------------------------------

  /** The flags found so far and how many stated figures were checked. */
  private static final class Findings {
    final Map<String, BigDecimal> stated;
    final List<AuditViews.Flag> flags = new ArrayList<>();
    int checked;

    Findings(Map<String, BigDecimal> stated) {
      this.stated = stated;
    }

    boolean has(String field) {
      return stated.containsKey(field);
    }

    BigDecimal value(String field) {
      return stated.get(field);
    }

    /** One figure checked, with the flag it gave if any. */
    void add(String field, Optional<AuditFlag> f) {
      checked++;
      f.ifPresent(x -> flags.add(view(field, x)));
    }

    /** The stated number of the field, if any, checked by {@code check}. */
    void check(String field, Function<BigDecimal, Optional<AuditFlag>> check) {
      if (has(field)) {
        add(field, check.apply(value(field)));
      }
    }

    /** The stated number of the field, if any, counted as checked and kept under the indicator for the duplicates. */
    void collect(Map<String, List<Stated>> byIndikator, String kode, String field) {
      if (has(field)) {
        checked++;
        byIndikator.computeIfAbsent(kode, k -> new ArrayList<>()).add(new Stated(field, value(field)));
      }
    }
  }

  /** Each Pengukuran Kinerja row against the engine's indicator figures, then several values of one indicator-year. */
  private static void checkPengukuran(Findings found, List<AuditViews.Pengukuran> pengukuran,
      List<AuditViews.PengukuranTriwulan> triwulan, Map<String, Indikator> plan, KecamatanTahunResult r,
      FigureCalculator.Inputs in, int tahun) {
    Map<String, List<Stated>> realisasi = new LinkedHashMap<>();
    Map<String, List<Stated>> target = new LinkedHashMap<>();
    for (int i = 0; i < pengukuran.size(); i++) {
      AuditViews.Pengukuran p = pengukuran.get(i);
      String at = "pengukuran[" + i + "]";
      checkIndikator(found, at, p, r.indikator(p.indikatorKode()), plan.get(p.indikatorKode()), in);
      found.collect(realisasi, p.indikatorKode(), at + ".realisasi");
      found.collect(target, p.indikatorKode(), at + ".target");
    }
    // A triwulan report prints the annual target on each row: one target per indicator-year, like the year's tables.
    for (int i = 0; i < triwulan.size(); i++) {
      found.collect(target, triwulan.get(i).indikatorKode(), "pengukuranTriwulan[" + i + "].target");
    }
    // One indicator-year stated with several values (docs/domain.md §4.2); the system's own value and target take part.
    checkDuplicates(found, realisasi, "realisasi", tahun, kode -> {
      IndikatorEvaluation e = r.indikator(kode);
      return e.akhir().hasValue() ? e.akhir().nilai() : null;
    });
    checkDuplicates(found, target, "target", tahun, kode -> FigureCalculator.numeric(plan.get(kode).target()));
  }

  /** The capaian, tingkat kemajuan, predicate label and unit stated for one indicator. */
  private static void checkIndikator(Findings found, String at, AuditViews.Pengukuran p, IndikatorEvaluation e,
      Indikator ind, FigureCalculator.Inputs in) {
    String subjek = p.indikatorKode() + (p.sumber() == null ? "" : " (" + p.sumber() + ")");
    BigDecimal capaian = found.value(at + ".capaian");
    if (capaian != null) {
      found.add(at + ".capaian", Audit.capaian(subjek, capaian, e.capaian()));
    }
    BigDecimal kemajuan = found.value(at + ".tingkatKemajuan");
    if (kemajuan != null) {
      found.add(at + ".tingkatKemajuan", Audit.tingkatKemajuan(subjek, kemajuan, e.tingkatKemajuan()));
    }
    if (p.predikat() != null && in.scale() != null) {
      // The label is checked against the figure it stands beside: the stated capaian, else the computed one.
      BigDecimal figure = capaian != null ? capaian : e.capaian().hasValue() ? e.capaian().score() : null;
      found.add(at + ".predikat", Audit.label(subjek, p.predikat(), in.scale().scale(), figure, Predikat.DECIMALS));
    }
    if (p.satuan() != null) {
      found.add(at + ".satuan", Audit.unit(subjek, p.satuan(), ind.satuan()));
    }
  }

  /** The values stated for each indicator-year, with the system's own ({@code own}, null = none), must agree. */
  private static void checkDuplicates(Findings found, Map<String, List<Stated>> byIndikator, String what, int tahun,
      Function<String, BigDecimal> own) {
    byIndikator.forEach((kode, stated) -> {
      List<BigDecimal> values = stated.stream().map(Stated::value).toList();
      // The system's own value takes part, compared at each printed value's precision.
      Audit.duplicates(kode + " " + what + " " + tahun, values, own.apply(kode))
          .ifPresent(x -> found.flags.add(view(stated.get(0).field(), x)));
    });
  }

  /**
   * A printed triwulan report (docs/domain.md §4.12): per indicator and triwulan the triwulan's own realisasi and capaian
   * and the figures s.d. that triwulan; per budget line (or the total) and triwulan the pagu, the triwulan's realisasi
   * and serapan and those s.d. the triwulan; per triwulan the "Capaian Rata Rata" row. Every figure against the
   * engine's for that triwulan, from the run as of the report's triwulan.
   */
  private static void checkTriwulan(Findings found, Parts parts, Map<String, Indikator> plan, KecamatanTahunResult r) {
    for (int i = 0; i < parts.pengukuranTriwulan().size(); i++) {
      AuditViews.PengukuranTriwulan p = parts.pengukuranTriwulan().get(i);
      String at = "pengukuranTriwulan[" + i + "]";
      int tw = p.triwulan();
      String subjek = p.indikatorKode() + " TW " + tw + (p.sumber() == null ? "" : " (" + p.sumber() + ")");
      TriwulanView v = r.indikator(p.indikatorKode()).tw(tw);
      Aggregation aggregation = r.indikator(p.indikatorKode()).rule().aggregation();
      found.check(at + ".realisasi", x -> Audit.realisasi(subjek + " realisasi", x, v.cell()));
      found.check(at + ".capaian", x -> Audit.capaian(subjek, x, v.vsAnnual()));
      found.check(at + ".capaianTargetTriwulan", x -> Audit.capaian(subjek + " target TW", x, v.vsTwTarget()));
      found.check(at + ".realisasiKumulatif", x -> Audit.realisasiKumulatif(subjek + " s.d. TW realisasi", x,
          v.kumulatif(), aggregation));
      found.check(at + ".capaianKumulatif", x -> Audit.capaian(subjek + " s.d. TW", x, v.kumulatifVsAnnual()));
    }
    for (int i = 0; i < parts.anggaranTriwulan().size(); i++) {
      AuditViews.AnggaranTriwulan a = parts.anggaranTriwulan().get(i);
      String at = "anggaranTriwulan[" + i + "]";
      int tw = a.triwulan();
      AnggaranNode node = a.anggaranKode() == null ? null : r.anggaran().node(a.anggaranKode());
      Serapan own = node == null ? r.anggaran().totalTriwulan().get(tw) : node.triwulan().get(tw);
      Serapan upTo = node == null ? r.anggaran().totalKumulatif(tw) : node.kumulatif(tw);
      String subjek = (node == null ? "jumlah" : node.kode()) + " TW " + tw
          + (a.sumber() == null ? "" : " (" + a.sumber() + ")");
      found.check(at + ".pagu", x -> Audit.pagu(subjek + " pagu", x, own.pagu()));
      found.check(at + ".realisasi", x -> Audit.realisasiAnggaran(subjek + " realisasi", x, own));
      found.check(at + ".serapan", x -> Audit.serapan(subjek + " serapan", x, own));
      found.check(at + ".realisasiKumulatif", x -> Audit.realisasiAnggaran(subjek + " s.d. TW realisasi", x, upTo));
      found.check(at + ".serapanKumulatif", x -> Audit.serapan(subjek + " s.d. TW serapan", x, upTo));
    }
    for (int i = 0; i < parts.ringkasanTriwulan().size(); i++) {
      AuditViews.RingkasanTriwulan t = parts.ringkasanTriwulan().get(i);
      String at = "ringkasanTriwulan[" + i + "]";
      int tw = t.triwulan();
      String subjek = "capaian rata-rata TW " + tw + (t.sumber() == null ? "" : " (" + t.sumber() + ")");
      found.check(at + ".capaianRataRata", x -> Audit.mean(subjek, x, r.triwulan().get(tw).overall()));
      found.check(at + ".capaianRataRataKumulatif", x -> Audit.mean(subjek + " s.d. TW", x,
          r.kumulatif().get(tw).overall()));
      // The realisasi mean of the report's rows of this triwulan: arithmetic only (the engine publishes none, E12).
      List<String> kode = parts.pengukuranTriwulan().stream().filter(p -> p.triwulan() == tw)
          .map(AuditViews.PengukuranTriwulan::indikatorKode).distinct().toList();
      List<BigDecimal> own = new ArrayList<>();
      List<BigDecimal> upTo = new ArrayList<>();
      for (String k : kode) {
        TriwulanView v = r.indikator(k).tw(tw);
        if (v.cell() instanceof Cell.Reported rep && rep.nilai() != null) {
          own.add(rep.nilai());
        }
        if (v.kumulatif().nilai() != null) {
          upTo.add(v.kumulatif().nilai());
        }
      }
      found.check(at + ".realisasiRataRata", x -> Audit.arithmeticMean("realisasi rata-rata TW " + tw, x, own,
          kode.size()));
      found.check(at + ".realisasiRataRataKumulatif", x -> Audit.arithmeticMean("realisasi rata-rata s.d. TW " + tw, x,
          upTo, kode.size()));
    }
  }

  /** Each stated efisiensi row against the engine's kinerja-anggaran of its sasaran. */
  private static void checkEfisiensi(Findings found, List<AuditViews.Efisiensi> efisiensi, KecamatanTahunResult r,
      int tahun) {
    for (int i = 0; i < efisiensi.size(); i++) {
      AuditViews.Efisiensi e = efisiensi.get(i);
      String at = "efisiensi[" + i + "]";
      String subjek = "sasaran " + e.sasaranKode() + (e.sumber() == null ? "" : " (" + e.sumber() + ")");
      KinerjaAnggaran ka = r.kinerjaAnggaran().stream().filter(k -> e.sasaranKode().equals(k.sasaranKode()))
          .findFirst().orElseThrow(() -> ProblemException.invalid(at + ".sasaranKode",
              ReportingMessages.KNOWN_SASARAN_AUDIT, "kode", e.sasaranKode(), "tahun", tahun));
      if (found.has(at + ".capaian")) {
        found.add(at + ".capaian", Audit.mean(subjek + " capaian", found.value(at + ".capaian"), ka.capaian()));
      }
      if (found.has(at + ".serapan")) {
        found.add(at + ".serapan", Audit.serapan(subjek + " serapan", found.value(at + ".serapan"), ka.serapan()));
      }
      if (found.has(at + ".efisiensi")) {
        found.add(at + ".efisiensi", Audit.efisiensi(subjek + " efisiensi", found.value(at + ".efisiensi"),
            ka.efisiensi()));
      }
    }
  }

  /** Each stated serapan of a budget line against the line's serapan s.d. the triwulan. */
  private static void checkAnggaran(Findings found, List<AuditViews.Anggaran> anggaran, KecamatanTahunResult r) {
    for (int i = 0; i < anggaran.size(); i++) {
      AuditViews.Anggaran a = anggaran.get(i);
      String at = "anggaran[" + i + "]";
      if (found.has(at + ".serapan")) {
        AnggaranNode node = r.anggaran().node(a.anggaranKode());
        found.add(at + ".serapan", Audit.serapan(a.anggaranKode() + (a.sumber() == null ? "" : " (" + a.sumber()
            + ")"), found.value(at + ".serapan"), node.kumulatif()));
      }
    }
  }

  /** Each stated budget table: its rows add up to their parents and the stated total. */
  private static void checkTabelAnggaran(Findings found, List<AuditViews.TabelAnggaran> tabel) {
    for (int t = 0; t < tabel.size(); t++) {
      AuditViews.TabelAnggaran tab = tabel.get(t);
      String at = "tabelAnggaran[" + t + "]";
      List<AuditViews.BarisAnggaran> rows = orNone(tab.baris());
      List<PrintedAnggaranRow> printed = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        printed.add(row(found.stated, at + ".baris[" + i + "]", rows.get(i)));
        found.checked++;
      }
      PrintedAnggaranRow total = tab.jumlah() == null ? null : row(found.stated, at + ".jumlah", tab.jumlah());
      for (AuditFlag f : Audit.budgetTable(printed, total)) {
        found.flags.add(view(at, f));
      }
    }
  }

  private static PrintedAnggaranRow row(Map<String, BigDecimal> n, String at, AuditViews.BarisAnggaran r) {
    return new PrintedAnggaranRow(r.kode(), r.parentKode(), r.uraian() == null ? r.kode() : r.uraian(),
        n.get(at + ".anggaran"), n.get(at + ".realisasi"), n.get(at + ".persen"));
  }

  private static AuditViews.Flag view(String field, AuditFlag f) {
    return new AuditViews.Flag(f.kind().name(), field, f.subjek(), f.printed(), f.printedValue(), f.computed(),
        f.computed() == null ? null : Angka.format(f.computed()), f.explanation());
  }
}
