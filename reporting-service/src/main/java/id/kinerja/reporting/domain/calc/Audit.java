package id.kinerja.reporting.domain.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import id.kinerja.common.i18n.Message;
import id.kinerja.domain.predikat.Band;
import id.kinerja.domain.predikat.Skala;
import id.kinerja.reporting.domain.ReportingMessages;

/**
 * Consistency audit of imported documents (docs/domain.md §2.9.7, §4): printed figures against the engine's, at the printed
 * precision (100,4 for 100,42 is not a mismatch; 119 for 123,75 is), one {@link AuditFlag} per mismatch. Printed
 * numbers are passed as parsed by {@link Angka#parse}: their scale is the printed precision. Explanations are
 * {@link Message}s with the figures as numbers, so each reader gets them in their own language and notation.
 */
public final class Audit {

  private Audit() {
  }

  /** Whether a printed number equals the computed one rounded HALF_UP to the printed precision ({@link PrintedPrecision}). */
  public static boolean matches(BigDecimal printed, BigDecimal computed) {
    return PrintedPrecision.consistent(printed, computed);
  }

  /** A generic figure check: flag when {@code printed} ≠ {@code computed} at the printed precision. */
  public static Optional<AuditFlag> figure(AuditKind kind, String subjek, BigDecimal printed, BigDecimal computed,
      Message rumus) {
    if (printed == null) {
      return Optional.empty();
    }
    if (computed == null) {
      return Optional.of(new AuditFlag(AuditKind.ABSENT_PRINTED_AS_VALUE, subjek, Angka.formatAsPrinted(printed),
          printed, null, rumus == null ? Message.of(ReportingMessages.AUDIT_ABSENT, "tercetak", asPrinted(printed))
              : Message.of(ReportingMessages.AUDIT_ABSENT_REASON, "tercetak", asPrinted(printed), "sebab", rumus)));
    }
    if (matches(printed, computed)) {
      return Optional.empty();
    }
    return Optional.of(new AuditFlag(kind, subjek, Angka.formatAsPrinted(printed), printed, computed, rumus == null
        ? Message.of(ReportingMessages.AUDIT_DIFFERS, "tercetak", asPrinted(printed), "hitung", compared(computed, printed))
        : Message.of(ReportingMessages.AUDIT_DIFFERS_RUMUS, "tercetak", asPrinted(printed), "hitung",
            compared(computed, printed), "rumus", rumus)));
  }

  /**
   * A printed capaian against the engine's (its score, the displayed figure). A value printed where the engine has none
   * (not reported printed as 0, R = 0 under T / R printed as 0 or 100) is flagged as ABSENT_PRINTED_AS_VALUE.
   */
  public static Optional<AuditFlag> capaian(String subjek, BigDecimal printed, CapaianResult computed) {
    return capaianLike(AuditKind.CAPAIAN, subjek, printed, computed);
  }

  /** A printed tingkat kemajuan against the engine's. */
  public static Optional<AuditFlag> tingkatKemajuan(String subjek, BigDecimal printed, CapaianResult computed) {
    return capaianLike(AuditKind.TINGKAT_KEMAJUAN, subjek, printed, computed);
  }

  private static Optional<AuditFlag> capaianLike(AuditKind kind, String subjek, BigDecimal printed, CapaianResult computed) {
    if (printed == null) {
      return Optional.empty();
    }
    if (!computed.hasValue()) {
      return figure(kind, subjek, printed, null, absentReason(computed.status(), computed.keterangan()));
    }
    return figure(kind, subjek, printed, computed.score(), describe(computed));
  }

  /** A printed serapan against the engine's; a % printed for pagu 0 or for nothing reported is flagged. */
  public static Optional<AuditFlag> serapan(String subjek, BigDecimal printed, Serapan computed) {
    if (printed == null) {
      return Optional.empty();
    }
    if (!computed.hasValue()) {
      return figure(AuditKind.SERAPAN, subjek, printed, null,
          computed.status() == CapaianStatus.NOT_COMPUTABLE ? Message.of(ReportingMessages.AUDIT_PAGU_ZERO)
              : absentReason(computed.status(), null));
    }
    return figure(AuditKind.SERAPAN, subjek, printed, computed.persen(),
        Message.of(ReportingMessages.AUDIT_SERAPAN, "realisasi", computed.realisasi(), "pagu", computed.pagu()));
  }

  /**
   * A printed realisasi of one triwulan (a triwulan report's "TW n realisasi") against the cell the system counts: its
   * value (from components: pembilang / penyebut × 100), or, when the system has none (not reported, not applicable,
   * a text realisasi), ABSENT_PRINTED_AS_VALUE (E11: a blank TW II printed as 0).
   */
  public static Optional<AuditFlag> realisasi(String subjek, BigDecimal printed, Cell cell) {
    if (printed == null) {
      return Optional.empty();
    }
    if (cell instanceof Cell.Reported r && r.nilai() != null) {
      return figure(AuditKind.REALISASI, subjek, printed, r.nilai(), r.hasComponents()
          ? Message.of(ReportingMessages.AUDIT_REALISASI_KOMPONEN, "pembilang", asPrinted(r.pembilang()), "penyebut",
              asPrinted(r.penyebut()))
          : null);
    }
    CapaianStatus status;
    if (cell instanceof Cell.NotDue) {
      status = CapaianStatus.NOT_DUE;
    } else if (cell instanceof Cell.NotApplicable) {
      status = CapaianStatus.NOT_APPLICABLE;
    } else if (cell instanceof Cell.Reported) {
      status = CapaianStatus.NOT_COMPUTABLE; // components with penyebut 0
    } else if (cell instanceof Cell.ReportedText) {
      status = CapaianStatus.MANUAL;
    } else {
      status = CapaianStatus.NOT_REPORTED;
    }
    return figure(AuditKind.REALISASI, subjek, printed, null, status == CapaianStatus.MANUAL
        ? Message.of(ReportingMessages.AUDIT_REALISASI_TEKS) : absentReason(status, null));
  }

  /**
   * A printed realisasi s.d. a triwulan against the indicator's value s.d. that triwulan, aggregated by its declared
   * rule over the reported triwulan (E10: SUM 37,84 + 17,00 = 54,84; E11: LAST keeps TW I's 33,33).
   */
  public static Optional<AuditFlag> realisasiKumulatif(String subjek, BigDecimal printed, AggregatedValue aggregate,
      Aggregation aggregation) {
    if (printed == null) {
      return Optional.empty();
    }
    if (aggregate.nilai() == null) {
      return figure(AuditKind.REALISASI, subjek, printed, null, absentReason(aggregate.status(), aggregate.keterangan()));
    }
    return figure(AuditKind.REALISASI, subjek, printed, aggregate.nilai(), Message.of(
        ReportingMessages.AUDIT_REALISASI_AGREGASI, "agregasi", aggregation.name(), "cakupan", aggregate.coverage().label()));
  }

  /**
   * A printed amount of budget realisasi (of a TW, or s.d. a TW) against Σ of the reported leaf cells behind
   * {@code computed}; printed where nothing was reported it is ABSENT_PRINTED_AS_VALUE (E13: program 4 in TW II).
   */
  public static Optional<AuditFlag> realisasiAnggaran(String subjek, BigDecimal printed, Serapan computed) {
    if (printed == null) {
      return Optional.empty();
    }
    if (computed.realisasi() == null) {
      return figure(AuditKind.REALISASI, subjek, printed, null, absentReason(CapaianStatus.NOT_REPORTED, null));
    }
    return figure(AuditKind.REALISASI, subjek, printed, BigDecimal.valueOf(computed.realisasi()),
        Message.of(ReportingMessages.AUDIT_REALISASI_ANGGARAN, "cakupan", computed.coverage().label()));
  }

  /** A printed pagu against the pagu in force in the plan (Σ children for a parent, the PK perubahan's after APBD-P). */
  public static Optional<AuditFlag> pagu(String subjek, BigDecimal printed, long pagu) {
    return figure(AuditKind.PAGU, subjek, printed, BigDecimal.valueOf(pagu), Message.of(ReportingMessages.AUDIT_PAGU));
  }

  /** A printed efisiensi against the engine's (labelled with its formula). */
  public static Optional<AuditFlag> efisiensi(String subjek, BigDecimal printed, Efisiensi computed) {
    return figure(AuditKind.EFISIENSI, subjek, printed, computed.nilai(), Message.of(ReportingMessages.AUDIT_EFISIENSI,
        "rumus", computed.label(), "capaian", shown(computed.capaian()), "serapan", shown(computed.serapan())));
  }

  /**
   * A printed "rata-rata" of capaian against the engine's mean. When they differ, the explanation names the divisor
   * the printed figure implies (E12: "Σ / 3" where 2 indicators have a figure; an unreported one counted as 0) and
   * whether it was truncated rather than rounded.
   */
  public static Optional<AuditFlag> mean(String subjek, BigDecimal printed, Mean computed) {
    if (printed == null) {
      return Optional.empty();
    }
    if (!computed.hasValue()) {
      return figure(AuditKind.MEAN, subjek, printed, null, absentReason(computed.status(), null));
    }
    if (matches(printed, computed.nilai())) {
      return Optional.empty();
    }
    Message divisor = computed.weighted() ? null
        : impliedDivisor(computed.nilai().multiply(BigDecimal.valueOf(computed.coverage().reported())), printed,
            computed.coverage());
    int n = computed.coverage().reported();
    Message cakupan = computed.coverage().label();
    return figure(AuditKind.MEAN, subjek, printed, computed.nilai(), divisor == null
        ? Message.of(ReportingMessages.AUDIT_MEAN, "jumlah", n, "basis", computed.basis(), "cakupan", cakupan)
        : Message.of(ReportingMessages.AUDIT_MEAN_DIVISOR, "jumlah", n, "basis", computed.basis(), "cakupan", cakupan,
            "pembagi", divisor));
  }

  /**
   * A printed mean of arbitrary figures (e.g. a "rata-rata" of realisasi across indicators, E12) against their exact
   * mean. Such a figure has no meaning across indicators with different units: the engine publishes none, this only
   * checks the arithmetic.
   */
  public static Optional<AuditFlag> arithmeticMean(String subjek, BigDecimal printed, List<BigDecimal> values) {
    return arithmeticMean(subjek, printed, values, values.size());
  }

  /**
   * Like {@link #arithmeticMean(String, BigDecimal, List)} over the {@code values} of {@code expected} members (the
   * others have none): a printed figure that divides by {@code expected} is named as counting the absent as 0 (E12's
   * TW II realisasi 8,50 = 17 / 2).
   */
  public static Optional<AuditFlag> arithmeticMean(String subjek, BigDecimal printed, List<BigDecimal> values,
      int expected) {
    if (printed == null) {
      return Optional.empty();
    }
    if (values.isEmpty()) {
      return figure(AuditKind.MEAN, subjek, printed, null, absentReason(CapaianStatus.NOT_REPORTED, null));
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal v : values) {
      sum = sum.add(v);
    }
    BigDecimal mean = Calc.divide(sum, BigDecimal.valueOf(values.size()));
    if (matches(printed, mean)) {
      return Optional.empty();
    }
    Message divisor = impliedDivisor(sum, printed, new Coverage(values.size(), Math.max(expected, values.size())));
    return figure(AuditKind.MEAN, subjek, printed, mean, divisor == null
        ? Message.of(ReportingMessages.AUDIT_ARITHMETIC_MEAN, "jumlah", values.size())
        : Message.of(ReportingMessages.AUDIT_ARITHMETIC_MEAN_DIVISOR, "jumlah", values.size(), "pembagi", divisor));
  }

  private static Message impliedDivisor(BigDecimal sum, BigDecimal printed, Coverage coverage) {
    int scale = Math.max(0, printed.scale());
    for (int k = 1; k <= coverage.expected() + 3; k++) {
      if (k == coverage.reported()) {
        continue;
      }
      BigDecimal q = Calc.divide(sum, BigDecimal.valueOf(k));
      boolean rounded = q.setScale(scale, RoundingMode.HALF_UP).compareTo(printed) == 0;
      boolean truncated = q.setScale(scale, RoundingMode.DOWN).compareTo(printed) == 0;
      if (rounded || truncated) {
        Message divisor = k > coverage.reported() && k <= coverage.expected()
            ? Message.of(ReportingMessages.AUDIT_DIVISOR_UNREPORTED, "dilaporkan", coverage.reported(), "pembagi", k,
                "kosong", k - coverage.reported())
            : Message.of(ReportingMessages.AUDIT_DIVISOR_WRONG, "dilaporkan", coverage.reported(), "pembagi", k);
        if (!rounded) {
          divisor = Message.of(ReportingMessages.AUDIT_DIVISOR_TRUNCATED, "dasar", divisor, "nilai",
              Angka.inText(q, scale + 1), "bulat", Angka.inText(q, scale));
        }
        return divisor;
      }
    }
    return null;
  }

  /** A printed sum or total against Σ of its parts. */
  public static Optional<AuditFlag> total(String subjek, BigDecimal printed, List<BigDecimal> parts) {
    if (printed == null) {
      return Optional.empty();
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal p : parts) {
      if (p != null) {
        sum = sum.add(p);
      }
    }
    if (matches(printed, sum)) {
      return Optional.empty();
    }
    BigDecimal diff = printed.subtract(sum);
    return Optional.of(new AuditFlag(AuditKind.TOTAL, subjek, Angka.formatAsPrinted(printed), printed, sum,
        Message.of(ReportingMessages.AUDIT_TOTAL, "tercetak", asPrinted(printed), "baris", parts.size(), "jumlah", asPrinted(sum), "selisih",
            gap(diff))));
  }

  /**
   * Audits a printed budget table: every row's % against its own printed amounts (pagu 0 printed as a % is flagged),
   * realisasi above pagu, every parent row against Σ of its children, and the total row against Σ of the rows without
   * children (naming a double count when the printed total is Σ of every row, parents and children alike); the total
   * % is checked on the computed total.
   *
   * @param rows the table rows in order (parents and children; a child names its parent's kode)
   * @param total the printed total row, or null
   */
  public static List<AuditFlag> budgetTable(List<PrintedAnggaranRow> rows, PrintedAnggaranRow total) {
    List<AuditFlag> out = new ArrayList<>();
    Map<String, List<PrintedAnggaranRow>> children = new HashMap<>();
    for (PrintedAnggaranRow r : rows) {
      if (r.parentKode() != null) {
        children.computeIfAbsent(r.parentKode(), k -> new ArrayList<>()).add(r);
      }
    }
    BigDecimal leafPagu = BigDecimal.ZERO;
    BigDecimal leafRealisasi = BigDecimal.ZERO;
    BigDecimal allPagu = BigDecimal.ZERO;
    BigDecimal allRealisasi = BigDecimal.ZERO;
    for (PrintedAnggaranRow r : rows) {
      rowChecks(r, out);
      allPagu = allPagu.add(nz(r.pagu()));
      allRealisasi = allRealisasi.add(nz(r.realisasi()));
      List<PrintedAnggaranRow> kids = children.get(r.kode());
      if (kids == null) {
        leafPagu = leafPagu.add(nz(r.pagu()));
        leafRealisasi = leafRealisasi.add(nz(r.realisasi()));
        continue;
      }
      BigDecimal kidPagu = BigDecimal.ZERO;
      BigDecimal kidRealisasi = BigDecimal.ZERO;
      for (PrintedAnggaranRow k : kids) {
        kidPagu = kidPagu.add(nz(k.pagu()));
        kidRealisasi = kidRealisasi.add(nz(k.realisasi()));
      }
      parentChild(r, "pagu", r.pagu(), kidPagu, kids.size(), out);
      parentChild(r, "realisasi", r.realisasi(), kidRealisasi, kids.size(), out);
    }
    if (total == null) {
      return List.copyOf(out);
    }
    String[] cols = {"pagu", "realisasi"};
    BigDecimal[] printed = {total.pagu(), total.realisasi()};
    BigDecimal[] leaf = {leafPagu, leafRealisasi};
    BigDecimal[] all = {allPagu, allRealisasi};
    for (int i = 0; i < 2; i++) {
      if (printed[i] == null || matches(printed[i], leaf[i])) {
        continue;
      }
      BigDecimal diff = printed[i].subtract(leaf[i]);
      boolean doubleCount = !children.isEmpty() && matches(printed[i], all[i]);
      Message why = Message.of(doubleCount ? ReportingMessages.AUDIT_TOTAL_COLUMN_DOUBLE_COUNT
          : ReportingMessages.AUDIT_TOTAL_COLUMN, "kolom", cols[i], "tercetak", asPrinted(printed[i]), "jumlah", asPrinted(leaf[i]), "selisih",
          gap(diff));
      out.add(new AuditFlag(AuditKind.TOTAL, total.uraian() + " (" + cols[i] + ")", Angka.formatAsPrinted(printed[i]),
          printed[i], leaf[i], why));
    }
    if (total.persen() != null) {
      BigDecimal correct = leafPagu.signum() == 0 ? null : Calc.percent(leafRealisasi, leafPagu);
      BigDecimal own = total.pagu() != null && total.realisasi() != null && total.pagu().signum() != 0
          ? Calc.percent(total.realisasi(), total.pagu()) : null;
      if (correct == null) {
        figure(AuditKind.SERAPAN, total.uraian() + " (%)", total.persen(), null,
            Message.of(ReportingMessages.AUDIT_SUM_PAGU_ZERO)).ifPresent(out::add);
      } else if (!matches(total.persen(), correct)) {
        ReportingMessages key = own == null ? ReportingMessages.AUDIT_TOTAL_PERCENT
            : matches(total.persen(), own) ? ReportingMessages.AUDIT_TOTAL_PERCENT_FOLLOWS_TOTAL
                : ReportingMessages.AUDIT_TOTAL_PERCENT_OWN_TOTAL;
        Message why = Message.of(key, "tercetak", asPrinted(total.persen()), "hitung", compared(correct, total.persen()),
            "realisasi", asPrinted(leafRealisasi), "pagu", asPrinted(leafPagu), "sendiri",
            own == null ? shown(null) : compared(own, total.persen()));
        out.add(new AuditFlag(AuditKind.SERAPAN, total.uraian() + " (%)", Angka.formatAsPrinted(total.persen()),
            total.persen(), correct, why));
      }
    }
    return List.copyOf(out);
  }

  private static void rowChecks(PrintedAnggaranRow r, List<AuditFlag> out) {
    if (r.pagu() != null && r.realisasi() != null && r.realisasi().compareTo(r.pagu()) > 0) {
      out.add(new AuditFlag(AuditKind.REALISASI_OVER_PAGU, r.uraian(), Angka.formatAsPrinted(r.realisasi()),
          r.realisasi(), r.pagu(), Message.of(ReportingMessages.AUDIT_OVER_PAGU, "realisasi", asPrinted(r.realisasi()), "pagu",
              asPrinted(r.pagu()))));
    }
    if (r.persen() == null) {
      return;
    }
    if (r.pagu() == null || r.realisasi() == null) {
      figure(AuditKind.SERAPAN, r.uraian(), r.persen(), null, Message.of(ReportingMessages.AUDIT_NO_PAGU_OR_REALISASI))
          .ifPresent(out::add);
      return;
    }
    if (r.pagu().signum() == 0) {
      figure(AuditKind.SERAPAN, r.uraian(), r.persen(), null, Message.of(ReportingMessages.AUDIT_PAGU_ZERO))
          .ifPresent(out::add);
      return;
    }
    figure(AuditKind.SERAPAN, r.uraian(), r.persen(), Calc.percent(r.realisasi(), r.pagu()),
        Message.of(ReportingMessages.AUDIT_SERAPAN, "realisasi", asPrinted(r.realisasi()), "pagu", asPrinted(r.pagu())))
        .ifPresent(out::add);
  }

  private static void parentChild(PrintedAnggaranRow r, String col, BigDecimal printed, BigDecimal sum, int n,
      List<AuditFlag> out) {
    if (printed == null || matches(printed, sum)) {
      return;
    }
    out.add(new AuditFlag(AuditKind.PARENT_CHILD_TOTAL, r.uraian() + " (" + col + ")", Angka.formatAsPrinted(printed),
        printed, sum, Message.of(ReportingMessages.AUDIT_PARENT_CHILD, "kolom", col, "tercetak", asPrinted(printed), "rincian",
            n, "jumlah", asPrinted(sum))));
  }

  /** printed − Σ rows, as words: positive means the rows are short of the printed total. */
  private static Message gap(BigDecimal printedMinusSum) {
    return printedMinusSum.signum() > 0
        ? Message.of(ReportingMessages.AUDIT_GAP_SHORT, "selisih", asPrinted(printedMinusSum))
        : Message.of(ReportingMessages.AUDIT_GAP_OVER, "selisih", asPrinted(printedMinusSum.negate()));
  }

  /** A printed figure in an explanation, at its printed precision. */
  private static Object asPrinted(BigDecimal v) {
    return Angka.inTextAsPrinted(v);
  }

  /**
   * A computed figure in an explanation beside a printed one: at the printed decimals when they are 2 or more, else at
   * the 2 shown decimals followed by the figure rounded as printed ("123,75, dibulatkan seperti tercetak 124"), so the
   * reader sees both what was computed and what it should have printed.
   */
  static Object compared(BigDecimal computed, BigDecimal printed) {
    int decimals = PrintedPrecision.decimals(printed);
    if (decimals >= Angka.DECIMALS || PrintedPrecision.rounded(computed, printed).compareTo(computed) == 0) {
      return Angka.inText(computed, decimals); // nothing lost at the printed precision (an amount in Rupiah)
    }
    return Message.of(ReportingMessages.AUDIT_COMPUTED_ROUNDED, "nilai", shown(computed), "dibulatkan",
        Angka.inText(computed, decimals));
  }

  /** A computed figure in an explanation, as displayed: 2 decimals, "–" when absent (never 0). */
  private static Object shown(BigDecimal v) {
    return Angka.inText(v);
  }

  private static BigDecimal nz(BigDecimal v) {
    return v == null ? BigDecimal.ZERO : v;
  }

  /**
   * Flags of a computed budget tree: realisasi above pagu at every level where it is true (cumulative, or in a single
   * TW), and every parent whose planned pagu ≠ Σ children.
   */
  public static List<AuditFlag> budget(AnggaranTree tree) {
    List<AuditFlag> out = new ArrayList<>();
    for (AnggaranNode n : tree.index().values()) {
      if (n.paguTercatat() != n.pagu()) {
        out.add(new AuditFlag(AuditKind.PARENT_CHILD_TOTAL, n.kode(), Angka.formatRupiah(n.paguTercatat()),
            BigDecimal.valueOf(n.paguTercatat()), BigDecimal.valueOf(n.pagu()), Message.of(
                ReportingMessages.AUDIT_PLANNED_PAGU, "pagu", n.paguTercatat(), "jumlah", n.pagu())));
      }
      if (n.kumulatif().melebihiPagu()) {
        out.add(new AuditFlag(AuditKind.REALISASI_OVER_PAGU, n.kode(), Angka.formatRupiah(n.kumulatif().realisasi()),
            BigDecimal.valueOf(n.kumulatif().realisasi()), BigDecimal.valueOf(n.pagu()), Message.of(
                ReportingMessages.AUDIT_OVER_PAGU_UP_TO_TW, "triwulan", tree.asOfTw(), "realisasi",
                n.kumulatif().realisasi(), "pagu", n.pagu())));
      }
    }
    return List.copyOf(out);
  }

  /**
   * A printed predicate or status label against the scale's label for the figure (E8: 85 is "Berhasil", not "Sangat
   * Berhasil"). Labels are compared ignoring case and surrounding spaces.
   *
   * @param value the figure, classified after rounding to {@code decimals} (2 for capaian, 4 for IDM scores)
   */
  public static Optional<AuditFlag> label(String subjek, String printedLabel, Skala scale, BigDecimal value,
      int decimals) {
    if (printedLabel == null || value == null) {
      return Optional.empty();
    }
    Band band = scale.classify(value, decimals).orElse(null);
    Object shown = Angka.inText(value, decimals);
    if (band == null) {
      return Optional.of(new AuditFlag(AuditKind.LABEL_VS_SCALE, subjek, printedLabel, null, value,
          Message.of(ReportingMessages.AUDIT_LABEL_OUTSIDE, "nilai", shown, "label", printedLabel)));
    }
    if (band.label().trim().equalsIgnoreCase(printedLabel.trim())) {
      return Optional.empty();
    }
    return Optional.of(new AuditFlag(AuditKind.LABEL_VS_SCALE, subjek, printedLabel, null, value,
        Message.of(ReportingMessages.AUDIT_LABEL, "label", printedLabel, "nilai", shown, "interval", band.interval(),
            "predikat", band.label(), "skor", band.skor())));
  }

  /**
   * One indicator-year printed with several different values (docs/domain.md §4.2: [P]'s 2024 SKM realisasi 99, 98, 100, 86,90,
   * 80,48). Printed values are the same figure when they agree at the coarser precision ("80" and "80,00"; "87" and
   * "86,5", {@link PrintedPrecision#sameFigure}).
   */
  public static Optional<AuditFlag> duplicates(String subjek, List<BigDecimal> printedValues) {
    return duplicates(subjek, printedValues, null);
  }

  /**
   * Like {@link #duplicates(String, List)}, with the value the system holds ({@code system}, unrounded, null = none) as
   * one more: a printed value consistent with it at the printed precision is the same figure ("33,33" for 33,333…).
   */
  public static Optional<AuditFlag> duplicates(String subjek, List<BigDecimal> printedValues, BigDecimal system) {
    List<BigDecimal> distinct = new ArrayList<>();
    for (BigDecimal v : printedValues) {
      if (v != null && distinct.stream().noneMatch(d -> PrintedPrecision.sameFigure(d, v))) {
        distinct.add(v);
      }
    }
    boolean systemDiffers = system != null && distinct.stream().noneMatch(d -> PrintedPrecision.consistent(d, system));
    int count = distinct.size() + (systemDiffers ? 1 : 0);
    if (count < 2) {
      return Optional.empty();
    }
    StringBuilder sb = new StringBuilder();
    for (BigDecimal v : distinct) {
      if (sb.length() > 0) {
        sb.append("; ");
      }
      sb.append(Angka.formatAsPrinted(v));
    }
    Message why = system == null
        ? Message.of(ReportingMessages.AUDIT_DUPLICATES, "jumlah", count, "nilai", semicolonList(distinct))
        : Message.of(ReportingMessages.AUDIT_DUPLICATES_SYSTEM, "jumlah", count, "nilai", semicolonList(distinct),
            "sistem", Angka.inText(system, Math.max(Angka.DECIMALS, maxDecimals(distinct))));
    return Optional.of(new AuditFlag(AuditKind.DUPLICATE_VALUE, subjek, sb.toString(), null, system, why));
  }

  private static int maxDecimals(List<BigDecimal> values) {
    int max = 0;
    for (BigDecimal v : values) {
      max = Math.max(max, PrintedPrecision.decimals(v));
    }
    return max;
  }

  /** "99; 86,90": a list argument would be joined with ", ", which reads as a decimal comma in Bahasa Indonesia. */
  private static Object semicolonList(List<BigDecimal> values) {
    Object rest = asPrinted(values.get(values.size() - 1));
    for (int i = values.size() - 2; i >= 0; i--) {
      rest = Message.of(ReportingMessages.AUDIT_LIST, "awal", asPrinted(values.get(i)), "sisa", rest);
    }
    return rest;
  }

  /**
   * A printed unit against the indicator's satuan (docs/domain.md §4.10: target "15 Desa", realisasi "100 %"; SKM with satuan "%").
   * "%", "persen" and "prosen" are the same unit; case and spaces are ignored.
   */
  public static Optional<AuditFlag> unit(String subjek, String printedUnit, String satuan) {
    if (printedUnit == null || satuan == null) {
      return Optional.empty();
    }
    if (normaliseUnit(printedUnit).equals(normaliseUnit(satuan))) {
      return Optional.empty();
    }
    return Optional.of(new AuditFlag(AuditKind.UNIT_VS_SATUAN, subjek, printedUnit, null, null,
        Message.of(ReportingMessages.AUDIT_UNIT, "tercetak", printedUnit, "satuan", satuan)));
  }

  private static String normaliseUnit(String u) {
    String t = u.trim().toLowerCase(Locale.ROOT);
    if (t.equals("persen") || t.equals("prosen") || t.equals("percent")) {
      return "%";
    }
    return t;
  }

  private static Message absentReason(CapaianStatus status, Message keterangan) {
    Message base = switch (status) {
      case NOT_REPORTED -> Message.of(ReportingMessages.AUDIT_STATUS_NOT_REPORTED);
      case NOT_COMPUTABLE -> Message.of(ReportingMessages.AUDIT_STATUS_NOT_COMPUTABLE);
      case NOT_DUE -> Message.of(ReportingMessages.AUDIT_STATUS_NOT_DUE);
      case NOT_APPLICABLE -> Message.of(ReportingMessages.AUDIT_STATUS_NOT_APPLICABLE);
      case NO_TARGET -> Message.of(ReportingMessages.KETERANGAN_NO_TARGET);
      default -> Message.of(ReportingMessages.AUDIT_STATUS_OTHER, "status", status);
    };
    return keterangan == null ? base
        : Message.of(ReportingMessages.AUDIT_WITH_KETERANGAN, "dasar", base, "keterangan", keterangan);
  }

  private static Message describe(CapaianResult c) {
    if (c.status() == CapaianStatus.MANUAL) {
      return c.keterangan();
    }
    Object t;
    if (c.target() instanceof Target.Value v) {
      t = v.nilai();
    } else if (c.target() instanceof Target.Range r) {
      t = Message.of(ReportingMessages.AUDIT_RANGE, "min", asPrinted(r.min()), "max", asPrinted(r.max()));
    } else {
      t = "?";
    }
    Object r = c.realisasi() == null ? "?" : Angka.inText(c.realisasi(), Math.min(4, Math.max(0,
        c.realisasi().stripTrailingZeros().scale())));
    return c.capped()
        ? Message.of(ReportingMessages.AUDIT_CAPAIAN_CAPPED, "realisasi", r, "target", t, "mentah", shown(c.raw()))
        : Message.of(ReportingMessages.AUDIT_CAPAIAN, "realisasi", r, "target", t);
  }
}
