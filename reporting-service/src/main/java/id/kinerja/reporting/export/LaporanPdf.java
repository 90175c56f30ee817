package id.kinerja.reporting.export;

import static id.kinerja.common.dokumen.Dokumen.baris;
import static id.kinerja.common.dokumen.Dokumen.kolom;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import id.kinerja.common.dokumen.Dokumen;
import id.kinerja.common.dokumen.Dokumen.Rata;
import id.kinerja.common.dokumen.DokumenPdf;
import id.kinerja.common.i18n.Messages;
import id.kinerja.common.i18n.RequestLocale;
import id.kinerja.reporting.service.view.IdFormat;
import id.kinerja.reporting.service.view.Views;

/**
 * The kecamatan report as a PDF (A4): summary, a bar chart of the overall capaian per triwulan (of the triwulan and
 * s.d. the triwulan, against the annual target), the indicator table and the budget per program. Written with the
 * documents' own renderer (common.dokumen), so cells wrap inside their column — a long indicator code included —
 * and no text runs into its neighbour. Numbers in id-ID; an absent figure is "–", never 0.
 */
@ApplicationScoped
public class LaporanPdf {

  public void write(Views.LaporanKecamatan r, OutputStream out) throws IOException {
    DokumenPdf.write(dokumen(r), out);
  }

  static Dokumen dokumen(Views.LaporanKecamatan r) {
    Dokumen d = new Dokumen("Laporan kinerja kecamatan " + name(r) + " " + r.tahun());
    d.judul("Laporan Kinerja Kecamatan " + name(r) + " Tahun " + r.tahun(), 0);
    d.paragraf("Kecamatan " + name(r) + " (kode " + r.kecamatanKode() + "), kabupaten " + r.kabupatenKode() + ". "
        + ExportText.id(r.tampilanKeterangan()) + ".", Rata.KIRI, false);
    Views.Versi v = r.versi();
    d.paragraf("Versi rencana " + v.planVersi() + ", konfigurasi " + dash(v.konfigurasiVersi()) + ", skala predikat "
        + dash(v.skalaVersi()) + ", aturan " + dash(v.ruleVersi()) + ". Data s.d. " + waktu(r.dihitung().asOf())
        + ".", Rata.KIRI, false);
    // the wall-clock time on a line of its own: it is not a figure and never moves the text around it
    d.paragraf("Dihitung " + waktu(r.dihitung().recalculatedAt()) + ".", Rata.KIRI, false);

    Views.Ringkasan tahun = r.ringkasan().stream().filter(x -> x.periode() == 0).findFirst().orElse(null);
    if (tahun != null) {
      d.judul("Ringkasan tahun " + r.tahun(), 2);
      d.paragraf("Capaian kinerja keseluruhan (" + r.overallMode() + "): " + teks(tahun.capaianKumulatif()) + " %  ("
          + ExportText.id(tahun.cakupan().teks()) + "), predikat " + dash(tahun.predikat().label()), Rata.KIRI, false);
      d.paragraf("Serapan anggaran: " + teks(tahun.serapanKumulatif()) + " %  (realisasi Rp "
          + dash(tahun.realisasiKumulatif().teks()) + " dari pagu Rp " + dash(tahun.pagu().teks()) + ")", Rata.KIRI,
          false);
      d.paragraf("Efisiensi (capaian - serapan): " + teks(tahun.efisiensi()) + " poin", Rata.KIRI, false);
    }

    d.tambah(LkjipDokumen.grafikTriwulan(r, "Capaian kinerja per triwulan (terhadap target tahunan)", "Capaian triwulan",
        "Capaian s.d. triwulan"));

    d.judul("Pengukuran kinerja per indikator", 2);
    List<Dokumen.Baris> rows = new ArrayList<>();
    for (Views.IndikatorView ind : r.indikator()) {
      List<String> cells = new ArrayList<>(List.of(ind.kode(), ind.nama(), ind.target() == null ? "–" : ind.target().tampil()));
      for (int t = 1; t <= 4; t++) {
        int tt = t;
        Views.IndikatorTriwulan x = ind.triwulan().stream().filter(y -> y.triwulan() == tt).findFirst().orElse(null);
        cells.add(x == null ? "–" : number(x.realisasi()));
      }
      cells.add(ind.tahunan() == null ? "–" : teks(ind.tahunan().capaian()));
      cells.add(ind.tahunan() == null ? "–" : dash(ind.tahunan().predikat().label()));
      rows.add(new Dokumen.Baris(cells, false));
    }
    d.tabel(List.of(kolom("Kode", 14, Rata.KIRI), kolom("Indikator", 30, Rata.KIRI), kolom("Target", 8, Rata.KANAN),
        kolom("R TW I", 8, Rata.KANAN), kolom("R TW II", 8, Rata.KANAN), kolom("R TW III", 8, Rata.KANAN),
        kolom("R TW IV", 8, Rata.KANAN), kolom("Capaian %", 9, Rata.KANAN), kolom("Predikat", 12, Rata.TENGAH)), rows);

    d.judul("Realisasi anggaran per program", 2);
    List<Dokumen.Baris> budget = new ArrayList<>();
    for (Views.AnggaranView a : r.anggaran()) {
      if (!"PROGRAM".equals(a.level())) {
        continue;
      }
      Views.AnggaranPeriode y = a.periode().stream().filter(p -> p.periode() == 0).findFirst().orElse(null);
      budget.add(baris(a.kode(), a.nama(), dash(a.pagu().teks()), y == null ? "–" : dash(y.realisasiKumulatif().teks()),
          y == null ? "–" : teks(y.serapanKumulatif()), y != null && y.melebihiPagu() ? "ya" : ""));
    }
    d.tabel(List.of(kolom("Kode", 12, Rata.KIRI), kolom("Program", 38, Rata.KIRI), kolom("Pagu (Rp)", 15, Rata.KANAN),
        kolom("Realisasi (Rp)", 15, Rata.KANAN), kolom("Serapan %", 9, Rata.KANAN), kolom("Melebihi pagu", 11,
            Rata.TENGAH)), budget);
    return d;
  }

  private static String name(Views.LaporanKecamatan r) {
    return r.kecamatanNama() == null ? r.kecamatanKode() : r.kecamatanNama();
  }

  static String teks(Views.Nilai n) {
    return n == null || n.teks() == null ? "–" : n.teks();
  }

  static String number(Views.Nilai n) {
    return n == null || n.raw() == null ? "–" : IdFormat.number(n.raw());
  }

  /** In the kabupaten's zone with its name ("10 Januari 2025 pukul 10.00 WIB"), as every time a person reads. */
  private static String waktu(java.time.Instant t) {
    return t == null ? "–" : Messages.format(t, Messages.INDONESIAN, RequestLocale.current().zone());
  }

  static String dash(Object o) {
    return o == null ? "–" : o.toString();
  }
}
