package id.kinerja.reporting.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.kinerja.common.problem.FieldViolation;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.reporting.domain.ReportingMessages;
import id.kinerja.reporting.domain.Tampilan;
import id.kinerja.reporting.domain.calc.Audit;
import id.kinerja.reporting.domain.calc.AuditFlag;
import id.kinerja.reporting.domain.calc.BudgetNode;
import id.kinerja.reporting.domain.calc.IndicatorEvaluation;
import id.kinerja.reporting.domain.calc.KecamatanYearResult;
import id.kinerja.reporting.domain.calc.KinerjaAnggaran;
import id.kinerja.reporting.domain.calc.NumberStyle;
import id.kinerja.reporting.domain.calc.PlanNotComputable;
import id.kinerja.reporting.domain.calc.Predikat;
import id.kinerja.reporting.domain.calc.Presentation;
import id.kinerja.reporting.domain.calc.PrintedBudgetRow;
import id.kinerja.reporting.domain.calc.UnreadableNumber;
import id.kinerja.reporting.domain.plan.Indikator;
import id.kinerja.reporting.rest.AuditViews;

/**
 * The consistency audit (DOMAIN §2.9.7, §4): stated figures against the engine's, at the stated precision, one flag
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

  @Transactional
  public AuditViews.Result audit(String kecamatanKode, int tahun, AuditViews.Request req) {
    Tampilan tampilan = req.tampilan() == null ? Tampilan.OFFICIAL : Tampilan.valueOf(req.tampilan());
    NumberStyle style = req.notasi() == null ? NumberStyle.AUTO : NumberStyle.valueOf(req.notasi());
    int asOf = req.triwulan() == null ? 4 : req.triwulan();

    // Parse every stated number first: a request with an unreadable number is refused whole.
    List<FieldViolation> bad = new ArrayList<>();
    Map<String, BigDecimal> n = new HashMap<>();
    java.util.function.BiConsumer<String, String> parse = (field, text) -> {
      if (text == null) {
        return;
      }
      try {
        BigDecimal v = Presentation.parseOrAbsent(text, style);
        if (v != null) {
          n.put(field, v);
        }
      } catch (UnreadableNumber e) {
        bad.add(new FieldViolation(field, e.reason().key().rule(), e.reason()));
      } catch (NumberFormatException e) {
        bad.add(FieldViolation.of(field, ReportingMessages.NUMBER_AS_PRINTED_NOT_A_NUMBER, "teks", text));
      }
    };
    List<AuditViews.Pengukuran> pengukuran = req.pengukuran() == null ? List.of() : req.pengukuran();
    for (int i = 0; i < pengukuran.size(); i++) {
      AuditViews.Pengukuran p = pengukuran.get(i);
      parse.accept("pengukuran[" + i + "].target", p.target());
      parse.accept("pengukuran[" + i + "].realisasi", p.realisasi());
      parse.accept("pengukuran[" + i + "].capaian", p.capaian());
      parse.accept("pengukuran[" + i + "].tingkatKemajuan", p.tingkatKemajuan());
    }
    List<AuditViews.Efisiensi> efisiensi = req.efisiensi() == null ? List.of() : req.efisiensi();
    for (int i = 0; i < efisiensi.size(); i++) {
      AuditViews.Efisiensi e = efisiensi.get(i);
      parse.accept("efisiensi[" + i + "].capaian", e.capaian());
      parse.accept("efisiensi[" + i + "].serapan", e.serapan());
      parse.accept("efisiensi[" + i + "].efisiensi", e.efisiensi());
    }
    List<AuditViews.Anggaran> anggaran = req.anggaran() == null ? List.of() : req.anggaran();
    for (int i = 0; i < anggaran.size(); i++) {
      parse.accept("anggaran[" + i + "].serapan", anggaran.get(i).serapan());
    }
    parse.accept("capaianRataRata", req.capaianRataRata());
    List<AuditViews.TabelAnggaran> tabel = req.tabelAnggaran() == null ? List.of() : req.tabelAnggaran();
    for (int t = 0; t < tabel.size(); t++) {
      List<AuditViews.BarisAnggaran> rows = tabel.get(t).baris() == null ? List.of() : tabel.get(t).baris();
      for (int i = 0; i < rows.size(); i++) {
        parseRow(parse, "tabelAnggaran[" + t + "].baris[" + i + "]", rows.get(i));
      }
      if (tabel.get(t).jumlah() != null) {
        parseRow(parse, "tabelAnggaran[" + t + "].jumlah", tabel.get(t).jumlah());
      }
    }
    if (!bad.isEmpty()) {
      throw ProblemException.invalid(bad);
    }

    FigureCalculator.Inputs in = recalculation.loadInputs(kecamatanKode, tahun)
        .orElseThrow(() -> ReportService.notFoundRencana(kecamatanKode, tahun));
    Map<String, Indikator> plan = new HashMap<>();
    in.rencana().indikator().forEach(i -> plan.put(i.kode(), i));
    List<FieldViolation> unknown = new ArrayList<>();
    for (int i = 0; i < pengukuran.size(); i++) {
      if (!plan.containsKey(pengukuran.get(i).indikatorKode())) {
        unknown.add(FieldViolation.of("pengukuran[" + i + "].indikatorKode", ReportingMessages.KNOWN_INDIKATOR_AUDIT,
            "kode", pengukuran.get(i).indikatorKode(), "tahun", tahun));
      }
    }
    KecamatanYearResult r;
    try {
      r = calculator.engine(in, tampilan, asOf);
    } catch (PlanNotComputable e) {
      throw ProblemException.unprocessable("rencana", ReportingMessages.COMPUTABLE_PLAN, "tahun", tahun, "sebab",
          e.reason());
    } catch (IllegalArgumentException e) {
      // A broken invariant of the engine, not of the plan: its English detail is for the log only.
      LOG.errorf("Audit of kecamatan %s tahun %d cannot compute the plan: %s", kecamatanKode, tahun, e.getMessage());
      throw ProblemException.unprocessable("rencana", ReportingMessages.COMPUTABLE_PLAN_NO_REASON, "tahun", tahun);
    }
    for (int i = 0; i < anggaran.size(); i++) {
      if (r.anggaran().node(anggaran.get(i).anggaranKode()) == null) {
        unknown.add(FieldViolation.of("anggaran[" + i + "].anggaranKode", ReportingMessages.KNOWN_ANGGARAN_AUDIT,
            "kode", anggaran.get(i).anggaranKode(), "tahun", tahun));
      }
    }
    if (!unknown.isEmpty()) {
      throw ProblemException.invalid(unknown);
    }

    List<AuditViews.Flag> flags = new ArrayList<>();
    int checked = 0;
    Map<String, List<Stated>> realisasiByIndikator = new LinkedHashMap<>();
    Map<String, List<Stated>> targetByIndikator = new LinkedHashMap<>();
    for (int i = 0; i < pengukuran.size(); i++) {
      AuditViews.Pengukuran p = pengukuran.get(i);
      String at = "pengukuran[" + i + "]";
      String subjek = p.indikatorKode() + (p.sumber() == null ? "" : " (" + p.sumber() + ")");
      IndicatorEvaluation e = r.indikator(p.indikatorKode());
      Indikator ind = plan.get(p.indikatorKode());
      BigDecimal capaian = n.get(at + ".capaian");
      if (capaian != null) {
        checked++;
        add(flags, at + ".capaian", Audit.capaian(subjek, capaian, e.capaian()));
      }
      BigDecimal kemajuan = n.get(at + ".tingkatKemajuan");
      if (kemajuan != null) {
        checked++;
        add(flags, at + ".tingkatKemajuan", Audit.tingkatKemajuan(subjek, kemajuan, e.tingkatKemajuan()));
      }
      if (p.predikat() != null && in.scale() != null) {
        checked++;
        // The label is checked against the figure it stands beside: the stated capaian, else the computed one.
        BigDecimal figure = capaian != null ? capaian : e.capaian().hasValue() ? e.capaian().score() : null;
        add(flags, at + ".predikat", Audit.label(subjek, p.predikat(), in.scale().scale(), figure, Predikat.DECIMALS));
      }
      if (p.satuan() != null) {
        checked++;
        add(flags, at + ".satuan", Audit.unit(subjek, p.satuan(), ind.satuan()));
      }
      if (n.containsKey(at + ".realisasi")) {
        checked++;
        realisasiByIndikator.computeIfAbsent(p.indikatorKode(), k -> new ArrayList<>())
            .add(new Stated(at + ".realisasi", n.get(at + ".realisasi")));
      }
      if (n.containsKey(at + ".target")) {
        checked++;
        targetByIndikator.computeIfAbsent(p.indikatorKode(), k -> new ArrayList<>())
            .add(new Stated(at + ".target", n.get(at + ".target")));
      }
    }
    // One indicator-year stated with several values (§4.2); the system's own value and target take part.
    realisasiByIndikator.forEach((kode, stated) -> {
      List<BigDecimal> values = new ArrayList<>(stated.stream().map(Stated::value).toList());
      IndicatorEvaluation e = r.indikator(kode);
      if (e.akhir().hasValue()) {
        values.add(e.akhir().nilai());
      }
      add(flags, stated.get(0).field(), Audit.duplicates(kode + " realisasi " + tahun, values));
    });
    targetByIndikator.forEach((kode, stated) -> {
      List<BigDecimal> values = new ArrayList<>(stated.stream().map(Stated::value).toList());
      BigDecimal planned = FigureCalculator.numeric(plan.get(kode).target());
      if (planned != null) {
        values.add(planned);
      }
      add(flags, stated.get(0).field(), Audit.duplicates(kode + " target " + tahun, values));
    });

    for (int i = 0; i < efisiensi.size(); i++) {
      AuditViews.Efisiensi e = efisiensi.get(i);
      String at = "efisiensi[" + i + "]";
      String subjek = "sasaran " + e.sasaranKode() + (e.sumber() == null ? "" : " (" + e.sumber() + ")");
      Optional<KinerjaAnggaran> ka = r.kinerjaAnggaran().stream().filter(k -> e.sasaranKode().equals(k.sasaranKode()))
          .findFirst();
      if (ka.isEmpty()) {
        throw ProblemException.invalid(at + ".sasaranKode", ReportingMessages.KNOWN_SASARAN_AUDIT, "kode",
            e.sasaranKode(), "tahun", tahun);
      }
      if (n.containsKey(at + ".capaian")) {
        checked++;
        add(flags, at + ".capaian", Audit.mean(subjek + " capaian", n.get(at + ".capaian"), ka.get().capaian()));
      }
      if (n.containsKey(at + ".serapan")) {
        checked++;
        add(flags, at + ".serapan", Audit.serapan(subjek + " serapan", n.get(at + ".serapan"), ka.get().serapan()));
      }
      if (n.containsKey(at + ".efisiensi")) {
        checked++;
        add(flags, at + ".efisiensi", Audit.efisiensi(subjek + " efisiensi", n.get(at + ".efisiensi"),
            ka.get().efisiensi()));
      }
    }
    for (int i = 0; i < anggaran.size(); i++) {
      AuditViews.Anggaran a = anggaran.get(i);
      String at = "anggaran[" + i + "]";
      if (n.containsKey(at + ".serapan")) {
        checked++;
        BudgetNode node = r.anggaran().node(a.anggaranKode());
        add(flags, at + ".serapan", Audit.serapan(a.anggaranKode() + (a.sumber() == null ? "" : " (" + a.sumber() + ")"),
            n.get(at + ".serapan"), node.kumulatif()));
      }
    }
    if (n.containsKey("capaianRataRata")) {
      checked++;
      add(flags, "capaianRataRata", Audit.mean("capaian rata-rata / keseluruhan", n.get("capaianRataRata"),
          r.akhir().overall()));
    }
    for (int t = 0; t < tabel.size(); t++) {
      AuditViews.TabelAnggaran tab = tabel.get(t);
      String at = "tabelAnggaran[" + t + "]";
      List<AuditViews.BarisAnggaran> rows = tab.baris() == null ? List.of() : tab.baris();
      List<PrintedBudgetRow> printed = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        printed.add(row(n, at + ".baris[" + i + "]", rows.get(i)));
        checked++;
      }
      PrintedBudgetRow total = tab.jumlah() == null ? null : row(n, at + ".jumlah", tab.jumlah());
      for (AuditFlag f : Audit.budgetTable(printed, total)) {
        flags.add(view(at, f));
      }
    }
    // Flags of the data itself: realisasi above pagu, planned parent pagu ≠ Σ children.
    for (AuditFlag f : Audit.budget(r.anggaran())) {
      flags.add(view(null, f));
    }
    return new AuditViews.Result(kecamatanKode, tahun, tampilan.name(), req.triwulan(), checked, flags);
  }

  private static void parseRow(java.util.function.BiConsumer<String, String> parse, String at,
      AuditViews.BarisAnggaran row) {
    parse.accept(at + ".anggaran", row.anggaran());
    parse.accept(at + ".realisasi", row.realisasi());
    parse.accept(at + ".persen", row.persen());
  }

  private static PrintedBudgetRow row(Map<String, BigDecimal> n, String at, AuditViews.BarisAnggaran r) {
    return new PrintedBudgetRow(r.kode(), r.parentKode(), r.uraian() == null ? r.kode() : r.uraian(),
        n.get(at + ".anggaran"), n.get(at + ".realisasi"), n.get(at + ".persen"));
  }

  private static void add(List<AuditViews.Flag> flags, String field, Optional<AuditFlag> f) {
    f.ifPresent(x -> flags.add(view(field, x)));
  }

  private static AuditViews.Flag view(String field, AuditFlag f) {
    return new AuditViews.Flag(f.kind().name(), field, f.subjek(), f.printed(), f.printedValue(), f.computed(),
        f.computed() == null ? null : Presentation.format(f.computed()), f.explanation());
  }
}
