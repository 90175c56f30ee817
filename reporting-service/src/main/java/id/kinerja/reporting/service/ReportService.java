package id.kinerja.reporting.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.kinerja.common.i18n.CommonMessages;
import id.kinerja.common.i18n.Message;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.reporting.domain.ReportingMessages;
import id.kinerja.reporting.domain.calc.BelanjaSerapan;
import id.kinerja.reporting.domain.calc.Serapan;
import id.kinerja.reporting.domain.Tampilan;
import id.kinerja.reporting.domain.figures.AnggaranFigure;
import id.kinerja.reporting.domain.figures.IndikatorFigure;
import id.kinerja.reporting.domain.figures.KecamatanFigure;
import id.kinerja.reporting.domain.figures.SasaranFigure;
import id.kinerja.reporting.domain.plan.Anggaran;
import id.kinerja.reporting.domain.plan.Belanja;
import id.kinerja.reporting.domain.plan.Indikator;
import id.kinerja.reporting.domain.plan.Rencana;
import id.kinerja.reporting.domain.plan.Sasaran;
import id.kinerja.reporting.domain.plan.Target;
import id.kinerja.reporting.service.view.IdFormat;
import id.kinerja.reporting.service.view.Views;
import id.kinerja.reporting.service.view.Views.Nilai;
import id.kinerja.reporting.service.view.Views.Rupiah;

/** Reads the stored figures of one kecamatan-year and shapes them with the plan's names and targets. */
@ApplicationScoped
public class ReportService {

  @Inject
  ProjectionStore inputs;

  @Inject
  FigureStore figures;

  /** The kabupaten of a kecamatan, for the tenant check; 404 when the kecamatan is unknown. */
  @Transactional
  public String kabupatenOf(String kecamatanKode) {
    return inputs.kabupatenOf(kecamatanKode)
        .orElseThrow(() -> ProblemException.notFound(CommonMessages.THING_KECAMATAN, "kode", kecamatanKode));
  }

  /** Everything the per-kecamatan report, the LKjIP tables and the exports need, read in one transaction. */
  public record Snapshot(Rencana rencana, String kecamatanNama, Tampilan tampilan, List<KecamatanFigure> ringkasan,
      List<IndikatorFigure> indikator, List<SasaranFigure> sasaran, List<AnggaranFigure> anggaran,
      java.time.Instant asOf, java.time.Instant recalculatedAt, String overallMode) {
  }

  @Transactional
  public Snapshot snapshot(String kecamatanKode, int tahun, Tampilan tampilan) {
    Rencana plan = inputs.rencana(kecamatanKode, tahun)
        .orElseThrow(() -> notFoundRencana(kecamatanKode, tahun)).rencana();
    String nama = inputs.kecamatan(kecamatanKode).map(ProjectionStore.KecamatanInfo::nama).orElse(null);
    String overallMode = inputs.kabupaten(plan.kabupatenKode()).map(ProjectionStore.KabupatenSettings::overallMode)
        .orElse("IKU");
    java.time.Instant[] at = figures.recalc(kecamatanKode, tahun);
    return new Snapshot(plan, nama, tampilan, figures.kecamatanSummary(kecamatanKode, tahun, tampilan.name()),
        figures.indikator(kecamatanKode, tahun, tampilan.name()), figures.sasaran(kecamatanKode, tahun, tampilan.name()),
        figures.anggaran(kecamatanKode, tahun, tampilan.name()), at[0], at[1], overallMode);
  }

  /**
   * The version of what a kecamatan-year answer in one view shows (conditional GETs), read before the answer itself:
   * should the figures change in between, the answer is newer than its ETag, never older, and the next poll gets it
   * again. {@code previousYears}: how many earlier years of year figures the answer compares with (LKjIP: 2).
   */
  @Transactional
  public DataVersion version(String kecamatanKode, int tahun, Tampilan tampilan, int previousYears) {
    return figures.kecamatanTahunVersion(kecamatanKode, tahun, tampilan.name(), previousYears)
        .orElseThrow(() -> notFoundRencana(kecamatanKode, tahun));
  }

  /** 404 for a kecamatan-year without a plan. */
  static ProblemException notFoundRencana(String kecamatanKode, int tahun) {
    return ProblemException.notFound(ReportingMessages.THING_RENCANA_TAHUN, "kecamatan", kecamatanKode, "tahun", tahun);
  }

  /** What the view counts, for the reader. */
  public static Message keterangan(Tampilan t) {
    return Message.of(t == Tampilan.OFFICIAL ? ReportingMessages.TAMPILAN_OFFICIAL : ReportingMessages.TAMPILAN_PROVISIONAL);
  }

  public Views.LaporanKecamatan report(Snapshot s) {
    Rencana plan = s.rencana();
    Optional<KecamatanFigure> any = s.ringkasan().stream().findFirst();
    Views.Versi versi = new Views.Versi(plan.planVersi(), any.map(KecamatanFigure::konfigurasiVersi).orElse(null),
        any.map(KecamatanFigure::skalaVersi).orElse(null), any.map(KecamatanFigure::ruleVersi).orElse(null));
    List<Views.Ringkasan> ringkasan = s.ringkasan().stream().sorted(Comparator.comparingInt((KecamatanFigure f) -> periodeOrder(f.periode()))).map(ReportService::ringkasan).toList();

    Map<String, List<IndikatorFigure>> byIndikator = new LinkedHashMap<>();
    s.indikator().forEach(f -> byIndikator.computeIfAbsent(f.indikatorKode(), k -> new ArrayList<>()).add(f));
    List<Views.IndikatorView> indikator = new ArrayList<>();
    for (Indikator ind : plan.indikator()) {
      List<IndikatorFigure> fs = byIndikator.getOrDefault(ind.kode(), List.of());
      List<Views.IndikatorTriwulan> tw = fs.stream().filter(f -> f.periode() > 0).map(ReportService::triwulan).toList();
      Views.IndikatorTahunan tahunan = fs.stream().filter(f -> f.periode() == 0).findFirst().map(ReportService::tahunan)
          .orElse(null);
      indikator.add(new Views.IndikatorView(ind.kode(), ind.nama(), ind.satuan(), ind.sasaranKode(), ind.iku(),
          ind.polarity(), ind.aggregation(), target(ind.target()), tw, tahunan));
    }

    Map<String, List<SasaranFigure>> bySasaran = new LinkedHashMap<>();
    s.sasaran().forEach(f -> bySasaran.computeIfAbsent(f.sasaranKode(), k -> new ArrayList<>()).add(f));
    List<Views.SasaranView> sasaran = new ArrayList<>();
    for (Sasaran sas : plan.sasaran()) {
      List<SasaranFigure> fs = bySasaran.get(sas.kode());
      if (fs == null) {
        continue;
      }
      sasaran.add(new Views.SasaranView(sas.kode(), sas.uraian(), fs.stream()
          .sorted(Comparator.comparingInt(f -> periodeOrder(f.periode()))).map(ReportService::sasaranPeriode).toList()));
    }

    Map<String, List<AnggaranFigure>> byAnggaran = new LinkedHashMap<>();
    s.anggaran().forEach(f -> byAnggaran.computeIfAbsent(f.anggaranKode(), k -> new ArrayList<>()).add(f));
    List<Views.AnggaranView> anggaran = new ArrayList<>();
    for (Anggaran a : plan.anggaran()) {
      List<AnggaranFigure> fs = byAnggaran.getOrDefault(a.kode(), List.of());
      anggaran.add(new Views.AnggaranView(a.kode(), a.nama(), a.level(), a.parentKode(), a.sasaranKode(),
          Rupiah.of(a.pagu()), fs.stream().sorted(Comparator.comparingInt(f -> periodeOrder(f.periode())))
              .map(ReportService::anggaranPeriode).toList()));
    }
    // The budget by jenis belanja (§2.12): its own lines and total, stored after the program tree's figures.
    List<Views.BelanjaView> belanja = new ArrayList<>();
    for (Belanja b : plan.belanja()) {
      belanja.add(new Views.BelanjaView(b.kode(), b.nama(), Rupiah.of(b.pagu()), periode(byAnggaran.get(b.kode()))));
    }
    List<Views.AnggaranPeriode> belanjaTotal = plan.belanja().isEmpty() ? List.of()
        : periode(byAnggaran.get(BelanjaSerapan.TOTAL_KODE));
    return new Views.LaporanKecamatan(plan.kabupatenKode(), plan.kecamatanKode(), s.kecamatanNama(), plan.tahun(),
        s.tampilan().name(), keterangan(s.tampilan()), s.overallMode(), versi, new Views.Dihitung(s.asOf(),
            s.recalculatedAt()), ringkasan, sasaran, indikator, anggaran, belanja, belanjaTotal);
  }

  /** The periode of one budget or belanja line, TW I–IV then the year; none before the figures are computed. */
  private static List<Views.AnggaranPeriode> periode(List<AnggaranFigure> fs) {
    return fs == null ? List.of() : fs.stream().sorted(Comparator.comparingInt(f -> periodeOrder(f.periode())))
        .map(ReportService::anggaranPeriode).toList();
  }

  /** Triwulan 1..4 first, then the year (0). */
  static int periodeOrder(KecamatanFigure f) {
    return periodeOrder(f.periode());
  }

  static int periodeOrder(int periode) {
    return periode == 0 ? 5 : periode;
  }

  /** A cumulative value exists although the triwulan itself may be unreported (e.g. TW II blank, TW I reported). */
  static String cumulativeStatus(java.math.BigDecimal cumulative, String triwulanStatus) {
    if (cumulative != null) {
      return "COMPUTED";
    }
    return "COMPUTED".equals(triwulanStatus) ? "NOT_REPORTED" : triwulanStatus;
  }

  public static Views.TargetView target(Target t) {
    if (t == null) {
      return null;
    }
    String tampil = t.isText() ? t.teks()
        : t.isRange() ? IdFormat.number(t.min()) + " – " + IdFormat.number(t.max()) : IdFormat.number(t.nilai());
    return new Views.TargetView(t.nilai(), t.min(), t.max(), t.teks(), tampil);
  }

  static Views.Predikat predikat(Integer skor, String label) {
    return new Views.Predikat(skor, label);
  }

  public static Views.Ringkasan ringkasan(KecamatanFigure f) {
    // sisa and the over-pagu flag of the total, by the engine's rule on the stored total (docs/domain.md §2.5)
    Serapan total = Serapan.of(f.pagu(), f.realisasiKumulatif());
    return new Views.Ringkasan(f.periode(), Nilai.of(f.capaianStatus(), f.capaian()),
        Nilai.of(f.kumulatifStatus(), f.capaianKumulatif()), Views.Cakupan.of(f.dilaporkan(), f.jumlah()),
        predikat(f.predikatSkor(), f.predikatLabel()), Rupiah.of(f.pagu()), Rupiah.of(f.realisasiAnggaran()),
        Rupiah.of(f.realisasiKumulatif()), Nilai.of(f.serapanStatus(), f.serapan()),
        Nilai.of(cumulativeStatus(f.serapanKumulatif(), f.serapanStatus()), f.serapanKumulatif()),
        Rupiah.of(total.sisa()), total.melebihiPagu(),
        Views.CakupanPagu.of(f.paguDilaporkan(), f.pagu()), Views.CakupanPagu.of(f.paguDilaporkanKumulatif(), f.pagu()),
        Nilai.of(f.efisiensiStatus(), f.efisiensi()), f.dibawahTarget(), f.terlambat(), f.asOf());
  }

  static Views.IndikatorTriwulan triwulan(IndikatorFigure f) {
    return new Views.IndikatorTriwulan(f.periode(), f.targetTriwulan(), Nilai.of(f.realisasiStatus(), f.realisasi()),
        f.realisasiTeks(), f.realisasiVersi(),
        Nilai.of(cumulativeStatus(f.realisasiKumulatif(), f.kumulatifStatus()), f.realisasiKumulatif()),
        Nilai.of(f.capaianStatus(), f.capaian(), f.capaianScore()),
        Nilai.of(f.kumulatifStatus(), f.capaianKumulatif(), f.kumulatifScore()),
        f.twTargetStatus() == null ? null : Nilai.of(f.twTargetStatus(), f.capaianTwTarget(), f.twTargetScore()),
        predikat(f.predikatSkor(), f.predikatLabel()), f.terlambat(), f.asOf(), narasi(f));
  }

  /** The narrative an indicator figure shows, or null when no version counts (docs/domain.md §2.10). */
  public static Views.NarasiView narasi(IndikatorFigure f) {
    return f == null || f.narasiTriwulan() == null ? null : new Views.NarasiView(f.narasiTriwulan(),
        f.faktorPendukung(), f.faktorPenghambat(), f.tindakLanjut());
  }

  static Views.IndikatorTahunan tahunan(IndikatorFigure f) {
    return new Views.IndikatorTahunan(Nilai.of(f.realisasiStatus(), f.realisasi()),
        Nilai.of(f.kumulatifStatus(), f.capaianKumulatif(), f.kumulatifScore()),
        Nilai.of(f.kumulatifStatus(), f.kumulatifScore()), predikat(f.predikatSkor(), f.predikatLabel()),
        Nilai.of(f.kemajuanStatus(), f.tingkatKemajuan()), f.asOf(), narasi(f));
  }

  static Views.SasaranPeriode sasaranPeriode(SasaranFigure f) {
    Serapan alokasi = f.pagu() == null ? null : Serapan.of(f.pagu(), f.realisasiAnggaran());
    return new Views.SasaranPeriode(f.periode(), Nilai.of(f.capaianStatus(), f.capaian()),
        Nilai.of(f.kumulatifStatus(), f.capaianKumulatif()), Views.Cakupan.of(f.dilaporkan(), f.jumlah()),
        predikat(f.predikatSkor(), f.predikatLabel()), Rupiah.of(f.pagu()), Rupiah.of(f.realisasiAnggaran()),
        f.serapanStatus() == null ? null : Nilai.of(f.serapanStatus(), f.serapan()),
        Rupiah.of(alokasi == null ? null : alokasi.sisa()), alokasi == null ? null : alokasi.melebihiPagu(),
        f.pagu() == null ? null : Views.CakupanPagu.of(f.paguDilaporkan(), f.pagu()),
        f.efisiensiStatus() == null ? null : Nilai.of(f.efisiensiStatus(), f.efisiensi()), f.asOf());
  }

  static Views.AnggaranPeriode anggaranPeriode(AnggaranFigure f) {
    return new Views.AnggaranPeriode(f.periode(), Rupiah.of(f.realisasi()), Rupiah.of(f.realisasiKumulatif()),
        Nilai.of(f.serapanStatus(), f.serapan()), Nilai.of(cumulativeStatus(f.serapanKumulatif(), f.serapanStatus()),
            f.serapanKumulatif()), Views.Cakupan.of(f.dilaporkan(), f.jumlah()),
        Views.CakupanPagu.of(f.paguDilaporkan(), f.pagu()), Views.CakupanPagu.of(f.paguDilaporkanKumulatif(), f.pagu()),
        f.melebihiPagu(), Rupiah.of(f.sisa()), f.asOf());
  }
}
