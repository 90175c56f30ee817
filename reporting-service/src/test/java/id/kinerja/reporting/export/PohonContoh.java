package id.kinerja.reporting.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import id.kinerja.reporting.service.view.PohonViews.Indikator;
import id.kinerja.reporting.service.view.PohonViews.JenisSimpul;
import id.kinerja.reporting.service.view.PohonViews.Pohon;
import id.kinerja.reporting.service.view.PohonViews.Simpul;
import id.kinerja.reporting.service.view.PohonViews.TanpaTautan;
import id.kinerja.reporting.service.view.Views.Cakupan;
import id.kinerja.reporting.service.view.Views.Nilai;
import id.kinerja.reporting.service.view.Views.Predikat;
import id.kinerja.reporting.service.view.Views.Rupiah;

/**
 * Pohon kinerja for the export tests, shaped as the reporting service answers them: Kabupaten Ponorogo (35.02), RPJMD
 * 2021-2026 with 2 tujuan and 3 sasaran, three kecamatan (Mlarak among them) with a tujuan and 2 sasaran each, their
 * indicators with and without capaian, and the anggaran lines funding the sasaran. Figures follow rule
 * POHON_RERATA_TERLAPOR (the mean of the reported capaian beneath; none reported: NOT_REPORTED). Illustrative data.
 */
final class PohonContoh {

  static final String KAB = "35.02";
  static final String RPJMD = "RPJMD-PONOROGO-2021-2026";
  static final Instant AS_OF = Instant.parse("2025-01-10T03:00:00Z");
  static final Map<String, String> NAMA = new LinkedHashMap<>();

  static {
    NAMA.put("35.02.08", "Mlarak");
    NAMA.put("35.02.07", "Siman");
    NAMA.put("35.02.10", "Jetis");
  }

  private PohonContoh() {
  }

  static Nilai capaian(String v) {
    return v == null ? new Nilai("NOT_REPORTED", null, null, null) : Nilai.of("COMPUTED", new BigDecimal(v));
  }

  /** [P] Tabel 3.1: (85, ∞) Sangat Berhasil, [70, 85] Berhasil, [55, 70) Cukup, (−∞, 55) Kurang. */
  static Predikat predikat(Nilai c) {
    if (c.display() == null) {
      return new Predikat(null, null);
    }
    BigDecimal v = c.display();
    if (v.compareTo(BigDecimal.valueOf(85)) > 0) {
      return new Predikat(4, "Sangat Berhasil");
    }
    if (v.compareTo(BigDecimal.valueOf(70)) >= 0) {
      return new Predikat(3, "Berhasil");
    }
    if (v.compareTo(BigDecimal.valueOf(55)) >= 0) {
      return new Predikat(2, "Cukup");
    }
    return new Predikat(1, "Kurang");
  }

  static Indikator ind(String kec, String kode, String nama, String satuan, String target, String realisasi,
      String capaian) {
    Nilai c = capaian(capaian);
    return new Indikator(kode, nama, satuan, kec, target, realisasi, c, predikat(c));
  }

  static Indikator rpjmdInd(String kode, String nama, String satuan, String target) {
    return new Indikator(kode, nama, satuan, null, target, null, new Nilai("NOT_APPLICABLE", null, null, null),
        new Predikat(null, null));
  }

  /** A node whose figure is the mean of the reported capaian of the indicators beneath it (each once). */
  static Simpul simpul(String id, JenisSimpul jenis, String kode, String uraian, String kec, List<Indikator> own,
      List<Simpul> anak, Long pagu, Long realisasi) {
    List<Indikator> linked = new ArrayList<>();
    collect(own, anak, linked);
    BigDecimal sum = BigDecimal.ZERO;
    int reported = 0;
    for (Indikator i : linked) {
      if (i.capaian().display() != null) {
        sum = sum.add(i.capaian().raw());
        reported++;
      }
    }
    Nilai c = reported == 0 ? capaian(null)
        : Nilai.of("COMPUTED", sum.divide(BigDecimal.valueOf(reported), 10, RoundingMode.HALF_UP));
    Long p = pagu;
    Long r = realisasi;
    if (p == null) {
      long ps = 0;
      long rs = 0;
      boolean any = false;
      boolean anyR = false;
      for (Simpul s : anak) {
        if (s.pagu() != null && s.pagu().nilai() != null) {
          ps += s.pagu().nilai();
          any = true;
          if (s.realisasiAnggaran() != null && s.realisasiAnggaran().nilai() != null) {
            rs += s.realisasiAnggaran().nilai();
            anyR = true;
          }
        }
      }
      p = any ? ps : null;
      r = anyR ? rs : null;
    }
    Nilai serapan = p == null ? null : r == null ? capaian(null)
        : Nilai.of("COMPUTED", BigDecimal.valueOf(r * 100).divide(BigDecimal.valueOf(p), 10, RoundingMode.HALF_UP));
    return new Simpul(id, jenis, kode, uraian, kec, own, c, predikat(c), Cakupan.of(reported, linked.size()),
        p == null ? null : Rupiah.of(p), p == null ? null : Rupiah.of(r), serapan, anak);
  }

  private static void collect(List<Indikator> own, List<Simpul> anak, List<Indikator> out) {
    for (Indikator i : own) {
      if (i.kecamatanKode() != null && out.stream().noneMatch(o -> o.kode().equals(i.kode())
          && o.kecamatanKode().equals(i.kecamatanKode()))) {
        out.add(i);
      }
    }
    for (Simpul s : anak) {
      collect(s.indikator(), s.anak(), out);
    }
  }

  static Simpul anggaran(String kec, String kode, String uraian, long pagu, Long realisasi, Simpul... anak) {
    return simpul(kec + "/ANGGARAN/" + kode, JenisSimpul.ANGGARAN, kode, uraian, kec, List.of(), List.of(anak),
        anak.length == 0 ? pagu : null, anak.length == 0 ? realisasi : null);
  }

  /** The tujuan of one kecamatan with its 2 sasaran (S1 reported, S2 half reported or not at all). */
  static Simpul kecamatanTujuan(String kec, int variant) {
    String[] cap = switch (variant) {
      case 0 -> new String[] { "104.25", "96.5", "71.3", null };
      case 1 -> new String[] { "88.1", null, null, null };
      default -> new String[] { "62.75", "50.1", "101.6", "79.2" };
    };
    Simpul s1 = simpul(kec + "/SASARAN/S1", JenisSimpul.SASARAN, "S1",
        "Meningkatnya kualitas pelayanan kepada masyarakat di bidang administrasi kependudukan dan perizinan", kec,
        List.of(ind(kec, "IKU-SKM", "Nilai Survey Kepuasan Masyarakat (SKM) Pelayanan Administrasi", "indeks", "82,50",
            cap[0] == null ? null : "86,00", cap[0]),
            ind(kec, "IK-WAKTU", "Persentase layanan selesai tepat waktu", "%", "90", cap[1] == null ? null : "87",
                cap[1])),
        List.of(anggaran(kec, "7.01.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", 0, null,
            anggaran(kec, "7.01.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
                48_500_000L, 31_250_000L),
            anggaran(kec, "7.01.01.2.02", "Administrasi Keuangan Perangkat Daerah", 1_204_350_000L, 902_112_450L))),
        null, null);
    Simpul s2 = simpul(kec + "/SASARAN/S2", JenisSimpul.SASARAN, "S2",
        "Meningkatnya partisipasi masyarakat dalam pembangunan desa dan kelurahan", kec,
        List.of(ind(kec, "IK-MUSREN", "Persentase usulan musrenbang desa yang ditindaklanjuti", "%", "60",
            cap[2] == null ? null : "42,8", cap[2]),
            ind(kec, "IK-BUMDES", "Jumlah BUMDes berkembang", "unit", "4", cap[3] == null ? null : "3", cap[3])),
        List.of(anggaran(kec, "7.01.05", "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN", 0, null,
            anggaran(kec, "7.01.05.2.01", "Fasilitasi Penyusunan Perencanaan Pembangunan Desa", 75_000_000L,
                variant == 1 ? null : 22_400_000L))),
        null, null);
    return simpul(kec + "/TUJUAN/T1", JenisSimpul.TUJUAN, "T1",
        "Terwujudnya pelayanan publik yang prima dan pemberdayaan masyarakat di Kecamatan " + NAMA.getOrDefault(kec, kec),
        kec, List.of(ind(kec, "IKT-IKM", "Indeks Kepuasan Masyarakat Kecamatan", "indeks", "80", null, null)),
        List.of(s1, s2), null, null);
  }

  static Simpul rpjmdSasaran(String kode, String uraian, List<Simpul> anak, Indikator... own) {
    return simpul(KAB + "/RPJMD_SASARAN/" + kode, JenisSimpul.RPJMD_SASARAN, kode, uraian, null, List.of(own), anak,
        null, null);
  }

  static Simpul rpjmdTujuan(String kode, String uraian, List<Simpul> anak, Indikator... own) {
    return simpul(KAB + "/RPJMD_TUJUAN/" + kode, JenisSimpul.RPJMD_TUJUAN, kode, uraian, null, List.of(own), anak, null,
        null);
  }

  /** The kabupaten tree of Ponorogo 2024. */
  static Pohon kabupaten() {
    Simpul s11 = rpjmdSasaran("S1.1", "Meningkatnya kualitas pelayanan publik dan tata kelola pemerintahan kecamatan",
        List.of(kecamatanTujuan("35.02.08", 0), kecamatanTujuan("35.02.07", 1)),
        rpjmdInd("IKU-K-01", "Indeks Reformasi Birokrasi", "indeks", "63"),
        rpjmdInd("IKU-K-02", "Indeks Kepuasan Masyarakat", "indeks", "82,5"));
    Simpul s12 = rpjmdSasaran("S1.2", "Meningkatnya akuntabilitas kinerja perangkat daerah", List.of(),
        rpjmdInd("IKU-K-03", "Nilai SAKIP", "nilai", "70"));
    Simpul s21 = rpjmdSasaran("S2.1", "Meningkatnya kemandirian desa dan partisipasi masyarakat dalam pembangunan",
        List.of(kecamatanTujuan("35.02.10", 2)), rpjmdInd("IKU-K-04", "Indeks Desa Membangun", "indeks", "0,75"));
    Simpul t1 = rpjmdTujuan("T1", "Mewujudkan tata kelola pemerintahan yang bersih, efektif, dan melayani",
        List.of(s11, s12));
    Simpul t2 = rpjmdTujuan("T2", "Mewujudkan pembangunan desa yang mandiri dan berkelanjutan", List.of(s21));
    return new Pohon(KAB, "Kabupaten Ponorogo", null, null, 2024, 0, "OFFICIAL", RPJMD,
        "Ponorogo Hebat: Makmur Rakyate, Aman Kutane, Religius Masyarakate, Indah Kotane", List.of(t1, t2),
        audit(), AS_OF);
  }

  /** The kecamatan tree of Mlarak 2024: the RPJMD sasaran its Renstra serves, then its own tujuan and sasaran. */
  static Pohon mlarak() {
    Simpul s11 = rpjmdSasaran("S1.1", "Meningkatnya kualitas pelayanan publik dan tata kelola pemerintahan kecamatan",
        List.of(kecamatanTujuan("35.02.08", 0)), rpjmdInd("IKU-K-01", "Indeks Reformasi Birokrasi", "indeks", "63"));
    return new Pohon(KAB, "Kabupaten Ponorogo", "35.02.08", "Mlarak", 2024, 0, "PROVISIONAL", RPJMD,
        "Ponorogo Hebat", List.of(s11), List.of(audit().get(0), audit().get(1)), AS_OF);
  }

  static List<TanpaTautan> audit() {
    return List.of(
        new TanpaTautan("35.02.08", "SASARAN", "S3", null, "TANPA_TAUTAN",
            "Sasaran S3 Kecamatan Mlarak tidak terhubung ke sasaran RPJMD"),
        new TanpaTautan("35.02.08", "ANGGARAN", "7.01.01.2.09", 2024, "TAUTAN_RUSAK",
            "Tautan anggaran 7.01.01.2.09 (2024) Kecamatan Mlarak menunjuk sasaran S9 yang tidak ada lagi"),
        new TanpaTautan(null, "RPJMD_SASARAN", "S1.2", null, "TANPA_KONTRIBUTOR",
            "Sasaran RPJMD S1.2 tidak didukung kecamatan mana pun"));
  }

  /** A wide kabupaten tree: {@code kecamatan} kecamatan under one RPJMD sasaran, 3 sasaran each. */
  static Pohon besar(int kecamatan) {
    List<Simpul> tujuan = new ArrayList<>();
    for (int k = 1; k <= kecamatan; k++) {
      String kec = String.format("35.02.%02d", k);
      List<Simpul> sasaran = new ArrayList<>();
      for (int s = 1; s <= 3; s++) {
        String cap = (k + s) % 4 == 0 ? null : BigDecimal.valueOf(40 + (k * 7 + s * 13) % 75).toPlainString();
        sasaran.add(simpul(kec + "/SASARAN/S" + s, JenisSimpul.SASARAN, "S" + s,
            "Sasaran " + s + " kecamatan " + k + ": meningkatnya kualitas layanan dan pemberdayaan masyarakat", kec,
            List.of(ind(kec, "IK-" + k + "-" + s, "Indikator " + s, "%", "80", cap == null ? null : cap, cap)),
            List.of(anggaran(kec, "7.01.0" + s, "Program " + s + " kecamatan " + k, 100_000_000L * s,
                cap == null ? null : 40_000_000L * s)),
            null, null));
      }
      tujuan.add(simpul(kec + "/TUJUAN/T1", JenisSimpul.TUJUAN, "T1", "Tujuan kecamatan " + k, kec, List.of(), sasaran,
          null, null));
    }
    Simpul s11 = rpjmdSasaran("S1.1", "Meningkatnya kualitas pelayanan publik", tujuan);
    Simpul t1 = rpjmdTujuan("T1", "Mewujudkan tata kelola pemerintahan yang melayani", List.of(s11));
    return new Pohon(KAB, "Kabupaten Ponorogo", null, null, 2024, 2, "OFFICIAL", RPJMD, null, List.of(t1), List.of(),
        AS_OF);
  }

  static void walk(List<Simpul> nodes, Consumer<Simpul> f) {
    for (Simpul s : nodes) {
      f.accept(s);
      walk(s.anak(), f);
    }
  }

  static List<Simpul> all(Pohon p) {
    List<Simpul> out = new ArrayList<>();
    walk(p.akar(), out::add);
    return out;
  }
}
