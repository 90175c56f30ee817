package id.kinerja.reporting.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.kinerja.reporting.domain.calc.BelanjaSerapan;
import id.kinerja.reporting.domain.calc.PreviousYears;
import id.kinerja.reporting.domain.calc.Serapan;
import id.kinerja.reporting.domain.calc.YearComparison;
import id.kinerja.reporting.domain.calc.YearValue;
import id.kinerja.reporting.domain.figures.AnggaranFigure;
import id.kinerja.reporting.domain.figures.IndikatorFigure;
import id.kinerja.reporting.domain.figures.KecamatanFigure;
import id.kinerja.reporting.domain.figures.SasaranFigure;
import id.kinerja.reporting.domain.plan.Anggaran;
import id.kinerja.reporting.domain.plan.Belanja;
import id.kinerja.reporting.domain.plan.Indikator;
import id.kinerja.reporting.domain.plan.PerjanjianKinerja;
import id.kinerja.reporting.domain.plan.Rencana;
import id.kinerja.reporting.domain.plan.Sasaran;
import id.kinerja.reporting.service.view.LkjipViews;
import id.kinerja.reporting.service.view.Views;
import id.kinerja.reporting.service.view.Views.Nilai;
import id.kinerja.reporting.service.view.Views.Rupiah;

/**
 * The LKjIP tables of a kecamatan and year (docs/domain.md §6): Pengukuran Kinerja, previous years and tingkat kemajuan,
 * realisasi anggaran per program / kegiatan / sub kegiatan, efisiensi per sasaran and the PK. Every number is a
 * stored figure (or, for years before this system, the plan's recorded history, labelled as such).
 */
@ApplicationScoped
public class LkjipService {

  /** Years before the report's year whose year figures the comparison table shows (beside the plan's history). */
  public static final int PREVIOUS_YEARS = 2;

  @Inject
  ReportService reports;

  @Inject
  FigureStore figures;

  /** Indicators that belong in the kecamatan's Pengukuran Kinerja: IKU and tujuan/sasaran-level indicators. */
  public static boolean inPengukuran(Indikator i) {
    return i.iku() || "SASARAN".equals(i.level()) || "TUJUAN".equals(i.level());
  }

  @Transactional
  public LkjipViews.Lkjip tables(ReportService.Snapshot s) {
    Rencana plan = s.rencana();
    Map<String, Sasaran> sasaran = new HashMap<>();
    plan.sasaran().forEach(x -> sasaran.put(x.kode(), x));
    Map<String, IndikatorFigure> tahunan = yearFigures(s.indikator());
    Map<Integer, Map<String, IndikatorFigure>> earlier = new HashMap<>();
    for (int back = 1; back <= PREVIOUS_YEARS; back++) {
      earlier.put(plan.tahun() - back,
          yearFigures(figures.indikator(plan.kecamatanKode(), plan.tahun() - back, s.tampilan().name())));
    }

    List<LkjipViews.PengukuranBaris> pengukuran = new ArrayList<>();
    List<LkjipViews.PerbandinganBaris> perbandingan = new ArrayList<>();
    for (Indikator ind : plan.indikator()) {
      if (inPengukuran(ind)) {
        IndikatorFigure f = tahunan.get(ind.kode());
        pengukuran.add(pengukuran(ind, f, sasaran.get(ind.sasaranKode())));
        perbandingan.add(perbandingan(plan.tahun(), ind, f, earlier));
      }
    }
    List<LkjipViews.AnggaranBaris> anggaran = anggaran(plan, s.anggaran());
    KecamatanFigure total = s.ringkasan().stream().filter(k -> k.periode() == 0).findFirst().orElse(null);
    // sisa and the over-pagu flag of the year's total, by the engine's rule (docs/domain.md §2.5)
    Serapan totalAnggaran = total == null ? null : Serapan.of(total.pagu(), total.realisasiKumulatif());
    List<LkjipViews.EfisiensiBaris> efisiensi = efisiensi(s.sasaran(), sasaran);
    List<LkjipViews.PkBaris> pk = perjanjianKinerja(plan);

    Views.LaporanKecamatan head = reports.report(s);
    return new LkjipViews.Lkjip(plan.kecamatanKode(), s.kecamatanNama(), plan.tahun(), s.tampilan().name(),
        ReportService.keterangan(s.tampilan()), head.versi(), head.dihitung(), pengukuran, perbandingan, anggaran,
        Rupiah.of(total == null ? null : total.pagu()), Rupiah.of(total == null ? null : total.realisasiKumulatif()),
        total == null ? notReported() : Nilai.of(total.serapanStatus(), total.serapanKumulatif()),
        Rupiah.of(totalAnggaran == null ? null : totalAnggaran.sisa()),
        totalAnggaran != null && totalAnggaran.melebihiPagu(), efisiensi,
        total == null ? notReported() : Nilai.of(total.kumulatifStatus(), total.capaianKumulatif()),
        total == null ? notReported() : Nilai.of(total.efisiensiStatus(), total.efisiensi()), pk,
        belanja(plan, s.anggaran()), belanjaTotal(plan, s.anggaran()));
  }

  /** Realisasi of the year per jenis belanja (docs/domain.md §2.12), in plan order (lines with figures). */
  private static List<LkjipViews.BelanjaBaris> belanja(Rencana plan, List<AnggaranFigure> figures) {
    Map<String, AnggaranFigure> tahun = new HashMap<>();
    figures.stream().filter(f -> f.periode() == 0).forEach(f -> tahun.put(f.anggaranKode(), f));
    List<LkjipViews.BelanjaBaris> out = new ArrayList<>();
    for (Belanja b : plan.belanja()) {
      AnggaranFigure f = tahun.get(b.kode());
      if (f != null) {
        out.add(new LkjipViews.BelanjaBaris(b.kode(), b.nama(), Rupiah.of(f.pagu()), Rupiah.of(f.realisasiKumulatif()),
            Nilai.of(f.serapanStatus(), f.serapanKumulatif()), Rupiah.of(f.sisa()), f.melebihiPagu()));
      }
    }
    return out;
  }

  /** The year's total of the jenis belanja view, with its coverage in lines; null when the plan has none. */
  private static LkjipViews.BelanjaTotal belanjaTotal(Rencana plan, List<AnggaranFigure> figures) {
    if (plan.belanja().isEmpty()) {
      return null;
    }
    return figures.stream().filter(f -> f.periode() == 0 && BelanjaSerapan.TOTAL_KODE.equals(f.anggaranKode()))
        .findFirst().map(f -> new LkjipViews.BelanjaTotal(Rupiah.of(f.pagu()), Rupiah.of(f.realisasiKumulatif()),
            Nilai.of(f.serapanStatus(), f.serapanKumulatif()), Rupiah.of(f.sisa()), f.melebihiPagu(),
            Views.Cakupan.of(f.dilaporkan(), f.jumlah())))
        .orElse(null);
  }

  private static Nilai notReported() {
    return Nilai.of("NOT_REPORTED", null);
  }

  /** The year figure (periode 0) of each indicator, by kode. */
  private static Map<String, IndikatorFigure> yearFigures(List<IndikatorFigure> figures) {
    Map<String, IndikatorFigure> out = new HashMap<>();
    figures.stream().filter(f -> f.periode() == 0).forEach(f -> out.put(f.indikatorKode(), f));
    return out;
  }

  /** The indicator's row of the Pengukuran Kinerja: target, realisasi, capaian s.d. the year and predicate. */
  private static LkjipViews.PengukuranBaris pengukuran(Indikator ind, IndikatorFigure f, Sasaran sas) {
    Nilai realisasi = f == null ? notReported() : Nilai.of(f.realisasiStatus(), f.realisasi());
    Nilai capaian = f == null ? notReported() : Nilai.of(f.kumulatifStatus(), f.capaianKumulatif(), f.kumulatifScore());
    return new LkjipViews.PengukuranBaris(ind.sasaranKode(), sas == null ? null : sas.uraian(), ind.kode(), ind.nama(),
        ind.satuan(), ReportService.target(ind.target()), realisasi, capaian,
        new Views.Predikat(f == null ? null : f.predikatSkor(), f == null ? null : f.predikatLabel()),
        ReportService.narasi(f));
  }

  /**
   * The indicator's row of the comparison: realisasi n-2, n-1 (stored figures, else the plan's recorded history) and
   * n, with signed differences, and the tingkat kemajuan against the Renstra end target.
   */
  private static LkjipViews.PerbandinganBaris perbandingan(int tahunLaporan, Indikator ind, IndikatorFigure f,
      Map<Integer, Map<String, IndikatorFigure>> earlier) {
    List<YearValue> values = new ArrayList<>();
    Map<Integer, String> sumber = new HashMap<>();
    for (int tahun = tahunLaporan - 2; tahun < tahunLaporan; tahun++) {
      IndikatorFigure prev = earlier.get(tahun).get(ind.kode());
      if (prev != null && prev.realisasi() != null) {
        values.add(new YearValue(tahun, prev.realisasi()));
        sumber.put(tahun, "SYSTEM");
        continue;
      }
      int t = tahun;
      Optional<Indikator.Riwayat> r = ind.riwayat().stream().filter(x -> x.tahun() == t).findFirst();
      values.add(new YearValue(tahun, r.map(Indikator.Riwayat::realisasi).orElse(null)));
      sumber.put(tahun, r.map(x -> x.sumber() == null ? "RENCANA" : x.sumber()).orElse(null));
    }
    values.add(new YearValue(tahunLaporan, f == null ? null : f.realisasi()));
    sumber.put(tahunLaporan, "SYSTEM");
    List<LkjipViews.TahunNilai> real = new ArrayList<>();
    List<LkjipViews.TahunNilai> selisih = new ArrayList<>();
    for (YearComparison c : PreviousYears.compare(values)) {
      real.add(new LkjipViews.TahunNilai(c.tahun(), Nilai.of(c.realisasi() == null ? "NOT_REPORTED" : "COMPUTED",
          c.realisasi()), sumber.get(c.tahun())));
      if (c.tahunPembanding() != null) {
        selisih.add(new LkjipViews.TahunNilai(c.tahun(), Nilai.of(c.selisih() == null ? "NOT_REPORTED" : "COMPUTED",
            c.selisih()), null));
      }
    }
    return new LkjipViews.PerbandinganBaris(ind.kode(), ind.nama(), real, selisih,
        ind.targetAkhir() == null ? null : ReportService.target(ind.targetAkhir().target()),
        ind.targetAkhir() == null ? null : ind.targetAkhir().tahun(),
        f == null ? notReported() : Nilai.of(f.kemajuanStatus(), f.tingkatKemajuan()));
  }

  /** Realisasi anggaran of the year per program / kegiatan / sub kegiatan, in plan order (lines with figures). */
  private static List<LkjipViews.AnggaranBaris> anggaran(Rencana plan, List<AnggaranFigure> figures) {
    Map<String, AnggaranFigure> anggaranTahun = new HashMap<>();
    figures.stream().filter(f -> f.periode() == 0).forEach(f -> anggaranTahun.put(f.anggaranKode(), f));
    List<LkjipViews.AnggaranBaris> anggaran = new ArrayList<>();
    for (Anggaran a : plan.anggaran()) {
      AnggaranFigure f = anggaranTahun.get(a.kode());
      if (f != null) {
        anggaran.add(new LkjipViews.AnggaranBaris(a.kode(), a.nama(), a.level(), Rupiah.of(f.pagu()),
            Rupiah.of(f.realisasiKumulatif()), Nilai.of(f.serapanStatus(), f.serapanKumulatif()), Rupiah.of(f.sisa()),
            f.melebihiPagu()));
      }
    }
    return anggaran;
  }

  /** Efisiensi of the year per sasaran with a budget. */
  private static List<LkjipViews.EfisiensiBaris> efisiensi(List<SasaranFigure> figures, Map<String, Sasaran> sasaran) {
    List<LkjipViews.EfisiensiBaris> efisiensi = new ArrayList<>();
    for (SasaranFigure f : figures) {
      if (f.periode() == 0 && f.pagu() != null) {
        Sasaran sas = sasaran.get(f.sasaranKode());
        efisiensi.add(new LkjipViews.EfisiensiBaris(f.sasaranKode(), sas == null ? f.sasaranKode() : sas.uraian(),
            Rupiah.of(f.pagu()), Rupiah.of(f.realisasiAnggaran()), Nilai.of(f.serapanStatus(), f.serapan()),
            Nilai.of(f.kumulatifStatus(), f.capaianKumulatif()), Nilai.of(f.efisiensiStatus(), f.efisiensi())));
      }
    }
    return efisiensi;
  }

  /** The PK table: each agreement with its indicators (target) and programs (pagu). */
  private static List<LkjipViews.PkBaris> perjanjianKinerja(Rencana plan) {
    Map<String, Indikator> indikatorByKode = new HashMap<>();
    plan.indikator().forEach(i -> indikatorByKode.put(i.kode(), i));
    Map<String, Anggaran> anggaranByKode = new HashMap<>();
    plan.anggaran().forEach(a -> anggaranByKode.put(a.kode(), a));
    List<LkjipViews.PkBaris> pk = new ArrayList<>();
    for (PerjanjianKinerja p : plan.perjanjianKinerja()) {
      List<LkjipViews.PkIndikator> pi = p.indikatorKode().stream().map(k -> {
        Indikator i = indikatorByKode.get(k);
        return new LkjipViews.PkIndikator(k, i == null ? null : i.nama(), i == null ? null : i.satuan(),
            i == null ? null : ReportService.target(i.target()));
      }).toList();
      List<LkjipViews.PkAnggaran> pa = p.anggaranKode().stream().map(k -> {
        Anggaran a = anggaranByKode.get(k);
        return new LkjipViews.PkAnggaran(k, a == null ? null : a.nama(), Rupiah.of(a == null ? null : a.pagu()));
      }).toList();
      pk.add(new LkjipViews.PkBaris(p.id(), p.versi(), p.jenis(), p.tanggal() == null ? null : p.tanggal().toString(),
          pihak(p.pihakPertama()), pihak(p.pihakKedua()), pi, pa));
    }
    return pk;
  }

  private static String pihak(PerjanjianKinerja.Pihak p) {
    return p == null ? null : p.nama() + " (" + p.jabatan() + ")";
  }
}
