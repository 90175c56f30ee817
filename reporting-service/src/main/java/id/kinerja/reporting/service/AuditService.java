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
import id.kinerja.reporting.domain.calc.AnggaranNode;
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
      List<AuditViews.Anggaran> anggaran, List<AuditViews.TabelAnggaran> tabel) {

    static Parts of(AuditViews.Request req) {
      return new Parts(orNone(req.pengukuran()), orNone(req.efisiensi()), orNone(req.anggaran()),
          orNone(req.tabelAnggaran()));
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

    FigureCalculator.Inputs in = recalculation.loadInputs(kecamatanKode, tahun)
        .orElseThrow(() -> ReportService.notFoundRencana(kecamatanKode, tahun));
    Map<String, Indikator> plan = new HashMap<>();
    in.rencana().indikator().forEach(i -> plan.put(i.kode(), i));
    List<FieldViolation> unknown = unknownIndikator(parts.pengukuran(), plan, tahun);
    KecamatanTahunResult r = engine(in, tampilan, asOf, kecamatanKode, tahun);
    unknown.addAll(unknownAnggaran(parts.anggaran(), r, tahun));
    if (!unknown.isEmpty()) {
      throw ProblemException.invalid(unknown);
    }

    Findings found = new Findings(stated);
    checkPengukuran(found, parts.pengukuran(), plan, r, in, tahun);
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

  private static List<FieldViolation> unknownIndikator(List<AuditViews.Pengukuran> pengukuran,
      Map<String, Indikator> plan, int tahun) {
    List<FieldViolation> unknown = new ArrayList<>();
    for (int i = 0; i < pengukuran.size(); i++) {
      if (!plan.containsKey(pengukuran.get(i).indikatorKode())) {
        unknown.add(FieldViolation.of("pengukuran[" + i + "].indikatorKode", ReportingMessages.KNOWN_INDIKATOR_AUDIT,
            "kode", pengukuran.get(i).indikatorKode(), "tahun", tahun));
      }
    }
    return unknown;
  }

  private static List<FieldViolation> unknownAnggaran(List<AuditViews.Anggaran> anggaran, KecamatanTahunResult r,
      int tahun) {
    List<FieldViolation> unknown = new ArrayList<>();
    for (int i = 0; i < anggaran.size(); i++) {
      if (r.anggaran().node(anggaran.get(i).anggaranKode()) == null) {
        unknown.add(FieldViolation.of("anggaran[" + i + "].anggaranKode", ReportingMessages.KNOWN_ANGGARAN_AUDIT,
            "kode", anggaran.get(i).anggaranKode(), "tahun", tahun));
      }
    }
    return unknown;
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
      Map<String, Indikator> plan, KecamatanTahunResult r, FigureCalculator.Inputs in, int tahun) {
    Map<String, List<Stated>> realisasi = new LinkedHashMap<>();
    Map<String, List<Stated>> target = new LinkedHashMap<>();
    for (int i = 0; i < pengukuran.size(); i++) {
      AuditViews.Pengukuran p = pengukuran.get(i);
      String at = "pengukuran[" + i + "]";
      checkIndikator(found, at, p, r.indikator(p.indikatorKode()), plan.get(p.indikatorKode()), in);
      found.collect(realisasi, p.indikatorKode(), at + ".realisasi");
      found.collect(target, p.indikatorKode(), at + ".target");
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
      List<BigDecimal> values = new ArrayList<>(stated.stream().map(Stated::value).toList());
      BigDecimal system = own.apply(kode);
      if (system != null) {
        values.add(system);
      }
      Audit.duplicates(kode + " " + what + " " + tahun, values)
          .ifPresent(x -> found.flags.add(view(stated.get(0).field(), x)));
    });
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
