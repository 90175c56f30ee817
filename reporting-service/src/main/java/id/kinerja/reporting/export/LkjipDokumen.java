package id.kinerja.reporting.export;

import static id.kinerja.common.dokumen.Dokumen.baris;
import static id.kinerja.common.dokumen.Dokumen.barisTebal;
import static id.kinerja.common.dokumen.Dokumen.kolom;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import id.kinerja.common.dokumen.Dokumen;
import id.kinerja.common.dokumen.Dokumen.Rata;
import id.kinerja.common.i18n.Message;
import id.kinerja.reporting.domain.LkjipDrafTeks;
import id.kinerja.reporting.domain.plan.Indikator;
import id.kinerja.reporting.domain.plan.PerjanjianKinerja;
import id.kinerja.reporting.domain.plan.Rencana;
import id.kinerja.reporting.domain.plan.Sasaran;
import id.kinerja.reporting.service.LkjipDrafService;
import id.kinerja.reporting.service.LkjipDrafService.LkjipDraf;
import id.kinerja.reporting.service.LkjipService;
import id.kinerja.reporting.service.ProjectionStore;
import id.kinerja.reporting.service.ReportService;
import id.kinerja.reporting.service.view.IdFormat;
import id.kinerja.reporting.service.view.LkjipViews;
import id.kinerja.reporting.service.view.Views;

/**
 * The LKjIP draft of a kecamatan and year (docs/reporting.md, "LKjIP draft") in the usual structure: cover, Ikhtisar
 * Eksekutif, BAB I Pendahuluan, BAB II Perencanaan Kinerja, BAB III Akuntabilitas Kinerja, BAB IV Penutup and the PK
 * as lampiran. Every number is taken as text from the LKjIP tables or the report view — the same values the API
 * answers — so the draft cannot disagree with them; what only people can write is a marked {@link Dokumen.Isian}.
 */
@ApplicationScoped
public class LkjipDokumen {

  private static final String DASH = "–";
  private static final String[] TW = { "TW I", "TW II", "TW III", "TW IV" };

  public Dokumen tulis(LkjipDraf d) {
    LkjipViews.Lkjip t = d.tabel();
    String kecamatan = t.kecamatanNama() == null ? t.kecamatanKode() : t.kecamatanNama();
    Dokumen doc = new Dokumen(teks(LkjipDrafTeks.JUDUL_DOKUMEN, "kecamatan", kecamatan, "tahun", t.tahun()));
    sampul(doc, d, kecamatan);
    ikhtisar(doc, d, kecamatan);
    babI(doc, kecamatan, d.profil());
    babII(doc, d);
    babIII(doc, d);
    babIV(doc, d, kecamatan);
    lampiran(doc, d);
    return doc;
  }

  private static void sampul(Dokumen doc, LkjipDraf d, String kecamatan) {
    LkjipViews.Lkjip t = d.tabel();
    if (d.logo() != null) {
      doc.tambah(new Dokumen.Gambar(d.logo(), 110));
    }
    doc.judul(teks(LkjipDrafTeks.SAMPUL_JUDUL), 0);
    doc.judul(teks(LkjipDrafTeks.SAMPUL_INSTANSI, "kecamatan", kecamatan.toUpperCase(Locale.ROOT)), 0);
    doc.judul(teks(LkjipDrafTeks.SAMPUL_TAHUN, "tahun", t.tahun()), 0);
    if (d.kabupatenNama() != null) {
      doc.judul(teks(LkjipDrafTeks.SAMPUL_PEMDA, "kabupaten", kabupaten(d.kabupatenNama())), 0);
    }
    Views.LaporanKecamatan r = d.laporan();
    doc.paragraf(teks(LkjipDrafTeks.SAMPUL_CATATAN, "tampilan", t.tampilanKeterangan(), "dihitung",
        r.dihitung().recalculatedAt() == null ? DASH : r.dihitung().recalculatedAt(), "planVersi",
        r.versi().planVersi()), Rata.TENGAH, false);
  }

  /** "Ponorogo" → "KABUPATEN PONOROGO"; a name that already says Kabupaten or Kota is kept. */
  static String kabupaten(String nama) {
    String n = nama.trim();
    String lower = n.toLowerCase(Locale.ROOT);
    boolean named = lower.startsWith("kabupaten ") || lower.startsWith("kota ");
    return (named ? n : "Kabupaten " + n).toUpperCase(Locale.ROOT);
  }

  private static void ikhtisar(Dokumen doc, LkjipDraf d, String kecamatan) {
    LkjipViews.Lkjip t = d.tabel();
    doc.halamanBaru();
    doc.judul(teks(LkjipDrafTeks.IKHTISAR), 1);
    long sasaran = t.pengukuranKinerja().stream().map(LkjipViews.PengukuranBaris::sasaranKode).filter(Objects::nonNull)
        .distinct().count();
    doc.paragraf(teks(LkjipDrafTeks.IKHTISAR_UKURAN, "tahun", t.tahun(), "kecamatan", kecamatan, "indikator",
        t.pengukuranKinerja().size(), "sasaran", (int) sasaran));
    Optional<Views.Ringkasan> tahun = tahunan(d.laporan());
    if (tahun.isPresent() && tahun.get().capaianKumulatif().teks() != null) {
      Views.Ringkasan y = tahun.get();
      doc.paragraf(teks(LkjipDrafTeks.IKHTISAR_CAPAIAN, "tahun", t.tahun(), "capaian", y.capaianKumulatif().teks(),
          "predikat", orDash(y.predikat().label()), "cakupan", y.cakupan().teks()));
    } else {
      doc.paragraf(teks(LkjipDrafTeks.IKHTISAR_CAPAIAN_BELUM, "tahun", t.tahun()));
    }
    int tercapai = 0;
    int dibawah = 0;
    int belum = 0;
    for (LkjipViews.PengukuranBaris b : t.pengukuranKinerja()) {
      if (b.capaian().display() == null) {
        belum++;
      } else if (b.capaian().display().compareTo(BigDecimal.valueOf(100)) >= 0) {
        tercapai++;
      } else {
        dibawah++;
      }
    }
    doc.paragraf(teks(LkjipDrafTeks.IKHTISAR_INDIKATOR, "jumlah", t.pengukuranKinerja().size(), "tercapai", tercapai,
        "dibawah", dibawah, "belum", belum));
    if (t.realisasiTotal().teks() != null && tahun.isPresent()) {
      doc.paragraf(teks(LkjipDrafTeks.IKHTISAR_ANGGARAN, "realisasi", t.realisasiTotal().teks(), "pagu",
          orDash(t.paguTotal().teks()), "serapan", nilai(t.serapanTotal()), "cakupan", cakupanAnggaran(d)));
    } else {
      doc.paragraf(teks(LkjipDrafTeks.IKHTISAR_ANGGARAN_BELUM, "pagu", orDash(t.paguTotal().teks())));
    }
    if (t.efisiensiTotal().teks() != null) {
      doc.paragraf(teks(LkjipDrafTeks.IKHTISAR_EFISIENSI, "efisiensi", t.efisiensiTotal().teks()));
    }
    doc.isian(isian(teks(LkjipDrafTeks.PETUNJUK_IKHTISAR)));
  }

  /** Coverage of the year's budget realisation: how much of the pagu has a realisasi (docs/domain.md §2.9.9). */
  private static Object cakupanAnggaran(LkjipDraf d) {
    return tahunan(d.laporan()).map(Views.Ringkasan::cakupanPaguKumulatif).<Object>map(Views.CakupanPagu::teks)
        .orElse(DASH);
  }

  /** BAB I from planning's master data where it is recorded; what is not is a marked placeholder. */
  private static void babI(Dokumen doc, String kecamatan, ProjectionStore.KecamatanProfil profil) {
    doc.halamanBaru();
    doc.judul(teks(LkjipDrafTeks.BAB_I), 1);
    doc.judul(teks(LkjipDrafTeks.LATAR_BELAKANG), 2);
    doc.isian(isian(teks(LkjipDrafTeks.PETUNJUK_LATAR)));
    if (profil != null && !profil.dasarHukum().isEmpty()) {
      doc.paragraf(teks(LkjipDrafTeks.DASAR_HUKUM), Rata.KIRI, false);
      doc.paragraf(daftar(profil.dasarHukum()), Rata.KIRI, false);
    }
    doc.judul(teks(LkjipDrafTeks.TUPOKSI), 2);
    if (profil == null || (profil.tugasPokok() == null && profil.fungsi().isEmpty())) {
      doc.isian(isian(teks(LkjipDrafTeks.PETUNJUK_TUPOKSI)));
    } else {
      if (profil.tugasPokok() != null) {
        doc.paragraf(teks(LkjipDrafTeks.TUGAS, "tugas", profil.tugasPokok()));
      }
      if (!profil.fungsi().isEmpty()) {
        doc.paragraf(teks(LkjipDrafTeks.FUNGSI), Rata.KIRI, false);
        doc.paragraf(daftar(profil.fungsi()), Rata.KIRI, false);
      }
    }
    doc.judul(teks(LkjipDrafTeks.ORGANISASI), 2);
    if (profil == null || profil.organisasi().isEmpty()) {
      doc.isian(isian(teks(LkjipDrafTeks.PETUNJUK_ORGANISASI)));
    } else {
      doc.paragraf(teks(LkjipDrafTeks.ORGANISASI_KALIMAT, "kecamatan", kecamatan));
      List<Dokumen.Baris> rows = new ArrayList<>();
      for (ProjectionStore.KecamatanProfil.Unit u : profil.organisasi()) {
        ProjectionStore.KecamatanProfil.Kepala k = u.kepala();
        rows.add(baris(u.nama(), k == null ? DASH : k.nama(), k == null ? DASH : orDash(k.jabatan()),
            k == null ? DASH : orDash(k.nip())));
      }
      doc.tabel(List.of(kolom(teks(LkjipDrafTeks.KOL_UNIT), 30, Rata.KIRI), kolom(teks(LkjipDrafTeks.KOL_KEPALA), 25,
          Rata.KIRI), kolom(teks(LkjipDrafTeks.KOL_JABATAN), 25, Rata.KIRI), kolom(teks(LkjipDrafTeks.KOL_NIP), 20,
              Rata.KIRI)), rows);
    }
    doc.judul(teks(LkjipDrafTeks.ISU_STRATEGIS), 2);
    doc.isian(isian(teks(LkjipDrafTeks.PETUNJUK_ISU)));
  }

  /** "1. …" one item per line, as the items were recorded. */
  private static String daftar(List<String> items) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      sb.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(items.get(i));
    }
    return sb.toString();
  }

  private static void babII(Dokumen doc, LkjipDraf d) {
    Rencana plan = d.rencana();
    doc.halamanBaru();
    doc.judul(teks(LkjipDrafTeks.BAB_II), 1);
    doc.judul(teks(LkjipDrafTeks.RENSTRA), 2);
    if (plan.renstra() != null) {
      String nama = plan.renstra().nama() == null || plan.renstra().nama().isBlank()
          ? teks(LkjipDrafTeks.RENSTRA_NAMA, "kecamatan", kecamatan(d.tabel())) : plan.renstra().nama();
      doc.paragraf(teks(LkjipDrafTeks.RENSTRA_KALIMAT, "renstra", nama, "awal",
          plan.renstra().periodeAwal(), "akhir", plan.renstra().periodeAkhir()));
    } else {
      doc.paragraf(teks(LkjipDrafTeks.RENSTRA_TANPA, "tahun", plan.tahun()));
    }
    doc.tabel(List.of(kolom(teks(LkjipDrafTeks.KOL_TUJUAN) + " / " + teks(LkjipDrafTeks.KOL_SASARAN), 30, Rata.KIRI),
        kolom(teks(LkjipDrafTeks.KOL_INDIKATOR), 30, Rata.KIRI), kolom(teks(LkjipDrafTeks.KOL_SATUAN), 9, Rata.TENGAH),
        kolom(teks(LkjipDrafTeks.KOL_BASELINE), 10, Rata.KANAN),
        kolom(teks(LkjipDrafTeks.KOL_TARGET_TAHUN, "tahun", plan.tahun()), 10, Rata.KANAN),
        kolom(teks(LkjipDrafTeks.KOL_TARGET_AKHIR), 11, Rata.KANAN)), renstraBaris(plan));

    doc.judul(teks(LkjipDrafTeks.PK, "tahun", plan.tahun()), 2);
    Optional<PerjanjianKinerja> pk = LkjipDrafService.pkCamat(plan);
    if (pk.isEmpty()) {
      doc.paragraf(teks(LkjipDrafTeks.PK_TIDAK_ADA, "tahun", plan.tahun()));
      return;
    }
    doc.paragraf(pkKalimat(LkjipDrafTeks.PK_KALIMAT, pk.get()));
    pkIndikator(doc, plan, pk.get());
  }

  /** Tujuan rows (bold), then per sasaran its indicators of the Pengukuran Kinerja, in plan order. */
  private static List<Dokumen.Baris> renstraBaris(Rencana plan) {
    Map<String, List<Sasaran>> perTujuan = new LinkedHashMap<>();
    plan.tujuan().forEach(tj -> perTujuan.put(tj.kode(), new ArrayList<>()));
    for (Sasaran s : plan.sasaran()) {
      perTujuan.computeIfAbsent(s.tujuanKode(), k -> new ArrayList<>()).add(s);
    }
    List<Dokumen.Baris> rows = new ArrayList<>();
    for (Map.Entry<String, List<Sasaran>> e : perTujuan.entrySet()) {
      plan.tujuan().stream().filter(tj -> tj.kode().equals(e.getKey())).findFirst()
          .ifPresent(tj -> rows.add(barisTebal(tj.uraian(), "", "", "", "", "")));
      for (Sasaran s : e.getValue()) {
        boolean first = true;
        for (Indikator i : plan.indikator()) {
          if (s.kode().equals(i.sasaranKode()) && LkjipService.inPengukuran(i)) {
            rows.add(baris(first ? s.uraian() : "", i.nama(), i.satuan(), baseline(i), target(i.target()),
                i.targetAkhir() == null ? DASH : target(i.targetAkhir().target()) + " (" + i.targetAkhir().tahun() + ")"));
            first = false;
          }
        }
        if (first) {
          rows.add(baris(s.uraian(), DASH, "", "", "", ""));
        }
      }
    }
    return rows;
  }

  private static String baseline(Indikator i) {
    return i.baseline() == null || i.baseline().nilai() == null ? DASH
        : IdFormat.number(i.baseline().nilai()) + " (" + i.baseline().tahun() + ")";
  }

  private static String target(id.kinerja.reporting.domain.plan.Target t) {
    Views.TargetView v = ReportService.target(t);
    return v == null ? DASH : v.tampil();
  }

  private static String pkKalimat(LkjipDrafTeks kalimat, PerjanjianKinerja pk) {
    return teks(kalimat, "jenis", pk.jenis(), "versi", pk.versi(), "tanggal",
        pk.tanggal() == null ? (Object) DASH : pk.tanggal(), "pihakPertama", pihak(pk.pihakPertama()), "pihakKedua",
        pihak(pk.pihakKedua()));
  }

  private static String pihak(PerjanjianKinerja.Pihak p) {
    return p == null ? DASH : p.nama() + " (" + p.jabatan() + ")";
  }

  /** The PK's indicators with the yearly target, and the four triwulan targets where the plan sets them. */
  private static void pkIndikator(Dokumen doc, Rencana plan, PerjanjianKinerja pk) {
    Map<String, Indikator> byKode = new LinkedHashMap<>();
    plan.indikator().forEach(i -> byKode.put(i.kode(), i));
    List<Indikator> ind = pk.indikatorKode().stream().map(byKode::get).filter(Objects::nonNull).toList();
    boolean perTriwulan = ind.stream().anyMatch(i -> !i.targetTriwulan().isEmpty());
    Map<String, String> sasaran = new LinkedHashMap<>();
    plan.sasaran().forEach(s -> sasaran.put(s.kode(), s.uraian()));
    List<Dokumen.Kolom> cols = new ArrayList<>(List.of(kolom(teks(LkjipDrafTeks.KOL_NO), 4, Rata.TENGAH),
        kolom(teks(LkjipDrafTeks.KOL_SASARAN), 26, Rata.KIRI), kolom(teks(LkjipDrafTeks.KOL_INDIKATOR), 28, Rata.KIRI),
        kolom(teks(LkjipDrafTeks.KOL_SATUAN), 9, Rata.TENGAH), kolom(teks(LkjipDrafTeks.KOL_TARGET), 9, Rata.KANAN)));
    if (perTriwulan) {
      for (String tw : TW) {
        cols.add(kolom(tw, 7, Rata.KANAN));
      }
    }
    List<Dokumen.Baris> rows = new ArrayList<>();
    int no = 1;
    for (Indikator i : ind) {
      List<String> cells = new ArrayList<>(List.of(String.valueOf(no++),
          Optional.ofNullable(sasaran.get(i.sasaranKode())).orElse(DASH), i.nama(), i.satuan(), target(i.target())));
      if (perTriwulan) {
        for (int tw = 1; tw <= 4; tw++) {
          cells.add(target(i.targetTriwulan(tw)));
        }
      }
      rows.add(new Dokumen.Baris(cells, false));
    }
    doc.tabel(cols, rows);
  }

  private static void babIII(Dokumen doc, LkjipDraf d) {
    LkjipViews.Lkjip t = d.tabel();
    doc.halamanBaru();
    doc.judul(teks(LkjipDrafTeks.BAB_III), 1);
    doc.judul(teks(LkjipDrafTeks.CAPAIAN_ORGANISASI), 2);
    doc.paragraf(teks(LkjipDrafTeks.CAPAIAN_KALIMAT, "tahun", t.tahun(), "tampilan", t.tampilanKeterangan()));
    List<Dokumen.Baris> rows = new ArrayList<>();
    int no = 1;
    for (LkjipViews.PengukuranBaris b : t.pengukuranKinerja()) {
      rows.add(baris(String.valueOf(no++), orDash(b.sasaranUraian()), b.indikatorNama(),
          b.target() == null ? DASH : b.target().tampil() + " " + b.satuan(), realisasi(b.realisasi(), b.satuan()),
          nilai(b.capaian()), orDash(b.predikat().label())));
    }
    tahunan(d.laporan()).ifPresent(y -> rows.add(barisTebal("", "", teks(LkjipDrafTeks.KESELURUHAN), "", "",
        nilai(y.capaianKumulatif()), orDash(y.predikat().label()))));
    doc.tabel(List.of(kolom(teks(LkjipDrafTeks.KOL_NO), 4, Rata.TENGAH), kolom(teks(LkjipDrafTeks.KOL_SASARAN), 22,
        Rata.KIRI), kolom(teks(LkjipDrafTeks.KOL_INDIKATOR), 26, Rata.KIRI), kolom(teks(LkjipDrafTeks.KOL_TARGET), 11,
            Rata.KANAN), kolom(teks(LkjipDrafTeks.KOL_REALISASI), 11, Rata.KANAN),
        kolom(teks(LkjipDrafTeks.KOL_CAPAIAN), 10, Rata.KANAN), kolom(teks(LkjipDrafTeks.KOL_PREDIKAT), 12, Rata.TENGAH)),
        rows);
    grafikTriwulan(doc, d.laporan());
    grafikIndikator(doc, t);

    doc.judul(teks(LkjipDrafTeks.PER_SASARAN), 2);
    perSasaran(doc, d);

    doc.judul(teks(LkjipDrafTeks.EFISIENSI), 2);
    doc.paragraf(teks(LkjipDrafTeks.EFISIENSI_KALIMAT));
    List<Dokumen.Baris> ef = new ArrayList<>();
    for (LkjipViews.EfisiensiBaris e : t.efisiensi()) {
      ef.add(baris(e.sasaranUraian(), orDash(e.pagu().teks()), orDash(e.realisasi().teks()), nilai(e.serapan()),
          nilai(e.capaian()), nilai(e.efisiensi())));
    }
    ef.add(barisTebal(teks(LkjipDrafTeks.JUMLAH), orDash(t.paguTotal().teks()), orDash(t.realisasiTotal().teks()),
        nilai(t.serapanTotal()), nilai(t.capaianRataRata()), nilai(t.efisiensiTotal())));
    doc.tabel(List.of(kolom(teks(LkjipDrafTeks.KOL_SASARAN), 30, Rata.KIRI), kolom(teks(LkjipDrafTeks.KOL_PAGU), 15,
        Rata.KANAN), kolom(teks(LkjipDrafTeks.KOL_REALISASI_RP), 15, Rata.KANAN), kolom(teks(LkjipDrafTeks.KOL_SERAPAN),
            10, Rata.KANAN), kolom(teks(LkjipDrafTeks.KOL_CAPAIAN), 10, Rata.KANAN),
        kolom(teks(LkjipDrafTeks.KOL_EFISIENSI), 10, Rata.KANAN)), ef);

    doc.judul(teks(LkjipDrafTeks.ANGGARAN), 2);
    doc.paragraf(teks(LkjipDrafTeks.ANGGARAN_KALIMAT, "tahun", t.tahun()));
    List<Dokumen.Baris> ang = new ArrayList<>();
    for (LkjipViews.AnggaranBaris a : t.realisasiAnggaran()) {
      List<String> cells = List.of(a.kode(), a.nama(), orDash(a.pagu().teks()), orDash(a.realisasi().teks()),
          nilai(a.serapan()), sisa(a.sisa(), a.melebihiPagu()));
      ang.add(new Dokumen.Baris(cells, "PROGRAM".equals(a.level())));
    }
    ang.add(barisTebal("", teks(LkjipDrafTeks.JUMLAH), orDash(t.paguTotal().teks()), orDash(t.realisasiTotal().teks()),
        nilai(t.serapanTotal()), sisa(t.sisaTotal(), t.melebihiPaguTotal())));
    doc.tabel(anggaranKolom(LkjipDrafTeks.KOL_URAIAN_ANGGARAN), ang);
    belanja(doc, t);
  }

  /** The budget by jenis belanja, when the plan has one: its own lines and total, never added to the programs. */
  private static void belanja(Dokumen doc, LkjipViews.Lkjip t) {
    if (t.realisasiBelanja().isEmpty() || t.belanjaTotal() == null) {
      return;
    }
    doc.paragraf(teks(LkjipDrafTeks.ANGGARAN_BELANJA, "tahun", t.tahun(), "cakupan", t.belanjaTotal().cakupan().teks()));
    List<Dokumen.Baris> rows = new ArrayList<>();
    for (LkjipViews.BelanjaBaris b : t.realisasiBelanja()) {
      rows.add(baris(b.kode(), b.nama(), orDash(b.pagu().teks()), orDash(b.realisasi().teks()), nilai(b.serapan()),
          sisa(b.sisa(), b.melebihiPagu())));
    }
    LkjipViews.BelanjaTotal total = t.belanjaTotal();
    rows.add(barisTebal("", teks(LkjipDrafTeks.JUMLAH), orDash(total.pagu().teks()), orDash(total.realisasi().teks()),
        nilai(total.serapan()), sisa(total.sisa(), total.melebihiPagu())));
    doc.tabel(anggaranKolom(LkjipDrafTeks.KOL_JENIS_BELANJA), rows);
  }

  /** The columns of a budget table (program lines or jenis belanja): kode, what, pagu, realisasi, serapan, sisa. */
  private static List<Dokumen.Kolom> anggaranKolom(LkjipDrafTeks uraian) {
    return List.of(kolom(teks(LkjipDrafTeks.KOL_KODE), 15, Rata.KIRI), kolom(teks(uraian), 31, Rata.KIRI),
        kolom(teks(LkjipDrafTeks.KOL_PAGU), 14, Rata.KANAN), kolom(teks(LkjipDrafTeks.KOL_REALISASI_RP), 14, Rata.KANAN),
        kolom(teks(LkjipDrafTeks.KOL_SERAPAN), 9, Rata.KANAN), kolom(teks(LkjipDrafTeks.KOL_SISA), 14, Rata.KANAN));
  }

  /** Sisa as the API writes it, marked when the realisasi is over the pagu. */
  private static String sisa(Views.Rupiah sisa, boolean melebihiPagu) {
    return orDash(sisa.teks()) + (melebihiPagu ? " (" + teks(LkjipDrafTeks.MELEBIHI_PAGU) + ")" : "");
  }

  private static void grafikTriwulan(Dokumen doc, Views.LaporanKecamatan r) {
    doc.tambah(grafikTriwulan(r, teks(LkjipDrafTeks.GRAFIK_TRIWULAN), teks(LkjipDrafTeks.SERI_TRIWULAN),
        teks(LkjipDrafTeks.SERI_KUMULATIF)));
  }

  /** The overall capaian per triwulan, of the triwulan and s.d. the triwulan, as the report view gives them. */
  static Dokumen.GrafikBatang grafikTriwulan(Views.LaporanKecamatan r, String judul, String seriTriwulan,
      String seriKumulatif) {
    List<BigDecimal> tw = new ArrayList<>();
    List<BigDecimal> kum = new ArrayList<>();
    List<String> twLabel = new ArrayList<>();
    List<String> kumLabel = new ArrayList<>();
    for (int p = 1; p <= 4; p++) {
      int periode = p;
      Optional<Views.Ringkasan> x = r.ringkasan().stream().filter(y -> y.periode() == periode).findFirst();
      tw.add(x.map(y -> y.capaian().display()).orElse(null));
      twLabel.add(x.map(y -> y.capaian().teks()).orElse(null));
      kum.add(x.map(y -> y.capaianKumulatif().display()).orElse(null));
      kumLabel.add(x.map(y -> y.capaianKumulatif().teks()).orElse(null));
    }
    return new Dokumen.GrafikBatang(judul, "%", List.of(TW), List.of(new Dokumen.Seri(seriTriwulan, tw),
        new Dokumen.Seri(seriKumulatif, kum)), List.of(twLabel, kumLabel));
  }

  private static void grafikIndikator(Dokumen doc, LkjipViews.Lkjip t) {
    if (t.pengukuranKinerja().isEmpty()) {
      return;
    }
    List<String> kode = new ArrayList<>();
    List<BigDecimal> nilai = new ArrayList<>();
    List<String> label = new ArrayList<>();
    for (LkjipViews.PengukuranBaris b : t.pengukuranKinerja()) {
      kode.add(b.indikatorKode());
      nilai.add(b.capaian().display());
      label.add(b.capaian().teks());
    }
    doc.tambah(new Dokumen.GrafikBatang(teks(LkjipDrafTeks.GRAFIK_INDIKATOR, "tahun", t.tahun()), "%", kode,
        List.of(new Dokumen.Seri(teks(LkjipDrafTeks.SERI_CAPAIAN), nilai)), List.of(label)));
  }

  /** Per sasaran its capaian, then per indicator the triwulan table, the years before and the analysis. */
  private static void perSasaran(Dokumen doc, LkjipDraf d) {
    LkjipViews.Lkjip t = d.tabel();
    Map<String, Views.IndikatorView> indikator = new LinkedHashMap<>();
    d.laporan().indikator().forEach(i -> indikator.put(i.kode(), i));
    Map<String, LkjipViews.PerbandinganBaris> perbandingan = new LinkedHashMap<>();
    t.perbandingan().forEach(p -> perbandingan.put(p.indikatorKode(), p));
    for (Sasaran s : d.rencana().sasaran()) {
      List<LkjipViews.PengukuranBaris> rows = t.pengukuranKinerja().stream()
          .filter(b -> s.kode().equals(b.sasaranKode())).toList();
      if (rows.isEmpty()) {
        continue;
      }
      doc.judul(teks(LkjipDrafTeks.SASARAN_JUDUL, "kode", s.kode(), "uraian", s.uraian()), 3);
      Optional<Views.SasaranPeriode> y = d.laporan().sasaran().stream().filter(x -> x.kode().equals(s.kode()))
          .flatMap(x -> x.periode().stream()).filter(p -> p.periode() == 0).findFirst();
      if (y.isPresent() && y.get().capaianKumulatif().teks() != null) {
        doc.paragraf(teks(LkjipDrafTeks.SASARAN_KALIMAT, "jumlah", rows.size(), "tahun", t.tahun(), "capaian",
            y.get().capaianKumulatif().teks(), "predikat", orDash(y.get().predikat().label())));
      } else {
        doc.paragraf(teks(LkjipDrafTeks.SASARAN_KALIMAT_BELUM, "jumlah", rows.size(), "tahun", t.tahun()));
      }
      for (LkjipViews.PengukuranBaris b : rows) {
        indikatorAnalisis(doc, t.tahun(), b, indikator.get(b.indikatorKode()), perbandingan.get(b.indikatorKode()));
      }
    }
  }

  private static void indikatorAnalisis(Dokumen doc, int tahun, LkjipViews.PengukuranBaris b, Views.IndikatorView v,
      LkjipViews.PerbandinganBaris p) {
    doc.paragraf(teks(LkjipDrafTeks.INDIKATOR_JUDUL, "kode", b.indikatorKode(), "nama", b.indikatorNama()), Rata.KIRI,
        true);
    doc.paragraf(teks(LkjipDrafTeks.INDIKATOR_KALIMAT, "tahun", tahun, "target",
        b.target() == null ? DASH : b.target().tampil(), "satuan", b.satuan(), "realisasi",
        realisasi(b.realisasi(), b.satuan()), "capaian", nilai(b.capaian()), "predikat", orDash(b.predikat().label())));
    if (v != null && !v.triwulan().isEmpty()) {
      List<Dokumen.Baris> rows = new ArrayList<>();
      for (Views.IndikatorTriwulan tw : v.triwulan()) {
        rows.add(baris(TW[tw.triwulan() - 1], tw.targetTriwulan() == null ? DASH : IdFormat.number(tw.targetTriwulan()),
            tw.realisasiTeks() != null ? tw.realisasiTeks() : nilai(tw.realisasi()), nilai(tw.realisasiKumulatif()),
            nilai(tw.capaianKumulatif())));
      }
      doc.tabel(List.of(kolom(teks(LkjipDrafTeks.KOL_TRIWULAN), 12, Rata.TENGAH),
          kolom(teks(LkjipDrafTeks.KOL_TARGET_TW), 16, Rata.KANAN), kolom(teks(LkjipDrafTeks.KOL_REALISASI_TW), 16,
              Rata.KANAN), kolom(teks(LkjipDrafTeks.KOL_REALISASI_KUM), 16, Rata.KANAN),
          kolom(teks(LkjipDrafTeks.KOL_CAPAIAN_KUM), 16, Rata.KANAN)), rows);
    }
    if (p != null) {
      List<String> years = p.realisasi().stream().filter(x -> x.tahun() < tahun)
          .map(x -> x.tahun() + ": " + nilai(x.nilai())).toList();
      if (!years.isEmpty()) {
        doc.paragraf(teks(LkjipDrafTeks.PERBANDINGAN_KALIMAT, "daftar", String.join("; ", years)));
      }
      if (p.targetAkhir() != null) {
        doc.paragraf(teks(LkjipDrafTeks.TARGET_AKHIR_KALIMAT, "tahunAkhir", p.tahunTargetAkhir(), "targetAkhir",
            p.targetAkhir().tampil(), "kemajuan", nilai(p.tingkatKemajuan())));
      }
    }
    narasi(doc, b);
    doc.isian(isian(teks(LkjipDrafTeks.PETUNJUK_ANALISIS, "kode", b.indikatorKode())));
  }

  /**
   * The operators' faktor pendukung, penghambat and tindak lanjut as the view counts them (docs/domain.md §2.10);
   * each one missing is a marked placeholder, never invented.
   */
  private static void narasi(Dokumen doc, LkjipViews.PengukuranBaris b) {
    Views.NarasiView n = b.narasi();
    String[][] parts = { { teks(LkjipDrafTeks.FAKTOR_PENDUKUNG), n == null ? null : n.faktorPendukung() },
        { teks(LkjipDrafTeks.FAKTOR_PENGHAMBAT), n == null ? null : n.faktorPenghambat() },
        { teks(LkjipDrafTeks.TINDAK_LANJUT), n == null ? null : n.tindakLanjut() } };
    for (String[] part : parts) {
      if (part[1] == null) {
        doc.isian(isian(teks(LkjipDrafTeks.PETUNJUK_NARASI, "jenis", part[0], "kode", b.indikatorKode())));
      } else {
        doc.paragraf(part[0] + ": " + part[1]);
      }
    }
  }

  private static void babIV(Dokumen doc, LkjipDraf d, String kecamatan) {
    doc.halamanBaru();
    doc.judul(teks(LkjipDrafTeks.BAB_IV), 1);
    doc.isian(isian(teks(LkjipDrafTeks.PETUNJUK_PENUTUP)));
    PerjanjianKinerja.Pihak camat = d.penandatangan();
    String jabatan = camat == null ? "Camat " + kecamatan : jabatan(camat.jabatan(), kecamatan);
    doc.tandaTangan(new Dokumen.Penandatangan("", "", "", "", null),
        new Dokumen.Penandatangan(teks(LkjipDrafTeks.TEMPAT_TANGGAL, "tempat", kecamatan, "tahun", d.tabel().tahun() + 1),
            jabatan.toUpperCase(Locale.ROOT), "", camat == null ? "...................................." : camat.nama(),
            camat == null || camat.nip() == null ? null : teks(LkjipDrafTeks.NIP, "nip", camat.nip())));
  }

  /** "Camat" alone names no kecamatan: the signature says whose camat ("Camat Mlarak"). */
  private static String jabatan(String jabatan, String kecamatan) {
    if (jabatan == null || jabatan.isBlank()) {
      return "Camat " + kecamatan;
    }
    return jabatan.trim().equalsIgnoreCase("camat") ? jabatan.trim() + " " + kecamatan : jabatan.trim();
  }

  private static void lampiran(Dokumen doc, LkjipDraf d) {
    Rencana plan = d.rencana();
    Optional<PerjanjianKinerja> pk = LkjipDrafService.pkCamat(plan);
    doc.halamanBaru();
    doc.judul(teks(LkjipDrafTeks.LAMPIRAN, "tahun", plan.tahun()), 1);
    if (pk.isEmpty()) {
      doc.paragraf(teks(LkjipDrafTeks.PK_TIDAK_ADA, "tahun", plan.tahun()));
      return;
    }
    doc.paragraf(pkKalimat(LkjipDrafTeks.PK_KALIMAT_LAMPIRAN, pk.get()));
    pkIndikator(doc, plan, pk.get());
    LkjipViews.PkBaris baris = d.tabel().perjanjianKinerja().stream()
        .filter(x -> x.id().equals(pk.get().id()) && x.versi() == pk.get().versi()).findFirst().orElse(null);
    if (baris != null && !baris.anggaran().isEmpty()) {
      List<Dokumen.Baris> rows = new ArrayList<>();
      int no = 1;
      for (LkjipViews.PkAnggaran a : baris.anggaran()) {
        rows.add(baris(String.valueOf(no++), a.kode(), orDash(a.nama()), orDash(a.pagu().teks())));
      }
      if (d.paguPk() != null) {
        rows.add(barisTebal("", "", teks(LkjipDrafTeks.JUMLAH), IdFormat.rupiah(d.paguPk())));
      }
      doc.tabel(List.of(kolom(teks(LkjipDrafTeks.KOL_NO), 5, Rata.TENGAH), kolom(teks(LkjipDrafTeks.KOL_KODE), 14,
          Rata.KIRI), kolom(teks(LkjipDrafTeks.KOL_URAIAN_ANGGARAN), 55, Rata.KIRI), kolom(teks(LkjipDrafTeks.KOL_PAGU),
              20, Rata.KANAN)), rows);
    }
    PerjanjianKinerja p = pk.get();
    // a PK is signed at the seat of the kabupaten ("Ponorogo, 15 Januari 2024")
    String tempat = d.kabupatenNama() == null ? kecamatan(d.tabel())
        : d.kabupatenNama().replaceFirst("(?i)^(kabupaten|kota)\\s+", "");
    String tanggal = p.tanggal() == null ? "" : teks(LkjipDrafTeks.TEMPAT_TANGGAL_PK, "tempat", tempat, "tanggal",
        p.tanggal());
    doc.tandaTangan(penandatangan("", LkjipDrafTeks.PIHAK_KEDUA, p.pihakKedua()),
        penandatangan(tanggal, LkjipDrafTeks.PIHAK_PERTAMA, p.pihakPertama()));
  }

  private static Dokumen.Penandatangan penandatangan(String tempatTanggal, LkjipDrafTeks pihak,
      PerjanjianKinerja.Pihak p) {
    return new Dokumen.Penandatangan(tempatTanggal, teks(pihak), p == null ? "" : p.jabatan(),
        p == null ? "...................................." : p.nama(),
        p == null || p.nip() == null ? null : teks(LkjipDrafTeks.NIP, "nip", p.nip()));
  }

  private static String kecamatan(LkjipViews.Lkjip t) {
    return t.kecamatanNama() == null ? t.kecamatanKode() : t.kecamatanNama();
  }

  private static Optional<Views.Ringkasan> tahunan(Views.LaporanKecamatan r) {
    return r.ringkasan().stream().filter(x -> x.periode() == 0).findFirst();
  }

  /** A figure as the API writes it ("123,75"), or "–" when there is none: never 0, never 100. */
  static String nilai(Views.Nilai n) {
    return n == null || n.teks() == null ? DASH : n.teks();
  }

  private static String realisasi(Views.Nilai n, String satuan) {
    return n == null || n.teks() == null ? DASH : n.teks() + (satuan == null || satuan.isBlank() ? "" : " " + satuan);
  }

  private static String orDash(String s) {
    return s == null || s.isBlank() ? DASH : s;
  }

  private static String isian(String petunjuk) {
    return teks(LkjipDrafTeks.ISIAN, "petunjuk", petunjuk);
  }

  private static String teks(LkjipDrafTeks key, Object... args) {
    return Message.of(key, args).text();
  }
}
