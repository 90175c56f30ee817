package id.kinerja.reporting.rest;

/** OpenAPI examples of the pohon kinerja (issue #19), for Kabupaten Ponorogo (35.02) and Kecamatan Mlarak (35.02.08). */
final class PohonExamples {

  private PohonExamples() {
  }

  private static final String SKM = """
      {"kode": "IKU-SKM", "nama": "Nilai Survey Kepuasan Masyarakat (SKM) Pelayanan Administrasi", "satuan": "indeks",
       "kecamatanKode": "35.02.08", "target": "80", "realisasi": "99",
       "capaian": {"status": "COMPUTED", "raw": 123.75, "display": 123.75, "teks": "123,75"},
       "predikat": {"skor": 4, "label": "Sangat Berhasil"}}""";

  private static final String SASARAN_S1 = """
      {"id": "35.02.08/SASARAN/S1", "jenis": "SASARAN", "kode": "S1",
       "uraian": "Meningkatnya kualitas pelayanan publik", "kecamatanKode": "35.02.08",
       "indikator": [""" + SKM + """
      ],
       "capaian": {"status": "COMPUTED", "raw": 123.75, "display": 123.75, "teks": "123,75"},
       "predikat": {"skor": 4, "label": "Sangat Berhasil"},
       "cakupan": {"dilaporkan": 1, "jumlah": 1, "teks": "1 dari 1 dilaporkan"},
       "pagu": {"nilai": 68036200, "teks": "68.036.200"}, "realisasiAnggaran": {"nilai": 11000000, "teks": "11.000.000"},
       "serapan": {"status": "COMPUTED", "raw": 16.16786122504784159050681, "display": 16.17, "teks": "16,17"},
       "anak": [
        {"id": "35.02.08/ANGGARAN/7.01.02", "jenis": "ANGGARAN", "kode": "7.01.02",
         "uraian": "Penyelenggaraan Pemerintahan dan Pelayanan Publik", "kecamatanKode": "35.02.08", "indikator": [],
         "capaian": {"status": "NOT_REPORTED", "raw": null, "display": null, "teks": null},
         "predikat": {"skor": null, "label": null}, "cakupan": {"dilaporkan": 0, "jumlah": 0, "teks": "0 dari 0 dilaporkan"},
         "pagu": {"nilai": 68036200, "teks": "68.036.200"}, "realisasiAnggaran": {"nilai": 11000000, "teks": "11.000.000"},
         "serapan": {"status": "COMPUTED", "raw": 16.16786122504784159050681, "display": 16.17, "teks": "16,17"},
         "anak": []}]}""";

  private static final String TANPA_TAUTAN_ITEMS = """
      {"kecamatanKode": "35.02.08", "jenis": "SASARAN", "kode": "S2", "tahun": null, "masalah": "TANPA_TAUTAN",
       "teks": "Sasaran S2 Kecamatan Mlarak tidak terhubung ke sasaran RPJMD"},
      {"kecamatanKode": "35.02.08", "jenis": "PK_INDIKATOR", "kode": "TRANTIB-KASUS", "tahun": 2024,
       "masalah": "TANPA_TAUTAN",
       "teks": "Indikator PK TRANTIB-KASUS tahun 2024 Kecamatan Mlarak tidak terhubung ke indikator atau sasaran Renstra"},
      {"kecamatanKode": "35.02.08", "jenis": "SASARAN", "kode": "S9", "tahun": null, "masalah": "TAUTAN_RUSAK",
       "teks": "Tautan SASARAN S9 Kecamatan Mlarak ke RPJMD_SASARAN S1.1 rusak: S9 tidak ada lagi di rencana atau RPJMD"},
      {"kecamatanKode": null, "jenis": "RPJMD_SASARAN", "kode": "S2.1", "tahun": null, "masalah": "TANPA_KONTRIBUTOR",
       "teks": "Sasaran RPJMD S2.1 (Meningkatnya kemandirian desa) tidak dilayani kecamatan mana pun"}""";

  static final String TANPA_TAUTAN = "[" + TANPA_TAUTAN_ITEMS + "]";

  static final String POHON_KABUPATEN = """
      {"kabupatenKode": "35.02", "kabupatenNama": "Kabupaten Ponorogo", "kecamatanKode": null, "kecamatanNama": null,
       "tahun": 2024, "periode": 0, "basis": "OFFICIAL", "rpjmdKode": "RPJMD-PONOROGO-2021-2026",
       "visi": "Ponorogo Hebat", "akar": [
        {"id": "RPJMD/TUJUAN/T1", "jenis": "RPJMD_TUJUAN", "kode": "T1", "uraian": "Terwujudnya tata kelola pemerintahan yang baik",
         "kecamatanKode": null, "indikator": [],
         "capaian": {"status": "COMPUTED", "raw": 123.75, "display": 123.75, "teks": "123,75"},
         "predikat": {"skor": 4, "label": "Sangat Berhasil"},
         "cakupan": {"dilaporkan": 1, "jumlah": 1, "teks": "1 dari 1 dilaporkan"},
         "pagu": {"nilai": 68036200, "teks": "68.036.200"}, "realisasiAnggaran": {"nilai": 11000000, "teks": "11.000.000"},
         "serapan": {"status": "COMPUTED", "raw": 16.16786122504784159050681, "display": 16.17, "teks": "16,17"},
         "anak": [
          {"id": "RPJMD/SASARAN/S1.1", "jenis": "RPJMD_SASARAN", "kode": "S1.1", "uraian": "Meningkatnya kualitas pelayanan publik",
           "kecamatanKode": null,
           "indikator": [{"kode": "IKU-K-01", "nama": "Indeks Kepuasan Masyarakat", "satuan": "indeks", "kecamatanKode": null,
             "target": "82", "realisasi": null,
             "capaian": {"status": "NOT_APPLICABLE", "raw": null, "display": null, "teks": null},
             "predikat": {"skor": null, "label": null}}],
           "capaian": {"status": "COMPUTED", "raw": 123.75, "display": 123.75, "teks": "123,75"},
           "predikat": {"skor": 4, "label": "Sangat Berhasil"},
           "cakupan": {"dilaporkan": 1, "jumlah": 1, "teks": "1 dari 1 dilaporkan"},
           "pagu": {"nilai": 68036200, "teks": "68.036.200"}, "realisasiAnggaran": {"nilai": 11000000, "teks": "11.000.000"},
           "serapan": {"status": "COMPUTED", "raw": 16.16786122504784159050681, "display": 16.17, "teks": "16,17"},
           "anak": [""" + SASARAN_S1 + """
      ]}]}],
       "tanpaTautan": [""" + TANPA_TAUTAN_ITEMS + """
      ],
       "asOf": "2025-01-10T10:00:00+07:00"}""";

  static final String POHON_KECAMATAN = """
      {"kabupatenKode": "35.02", "kabupatenNama": "Kabupaten Ponorogo", "kecamatanKode": "35.02.08", "kecamatanNama": "Mlarak",
       "tahun": 2024, "periode": 0, "basis": "OFFICIAL", "rpjmdKode": "RPJMD-PONOROGO-2021-2026",
       "visi": "Ponorogo Hebat", "akar": [
        {"id": "RPJMD/SASARAN/S1.1", "jenis": "RPJMD_SASARAN", "kode": "S1.1", "uraian": "Meningkatnya kualitas pelayanan publik",
         "kecamatanKode": null, "indikator": [],
         "capaian": {"status": "COMPUTED", "raw": 123.75, "display": 123.75, "teks": "123,75"},
         "predikat": {"skor": 4, "label": "Sangat Berhasil"},
         "cakupan": {"dilaporkan": 1, "jumlah": 1, "teks": "1 dari 1 dilaporkan"},
         "pagu": {"nilai": 68036200, "teks": "68.036.200"}, "realisasiAnggaran": {"nilai": 11000000, "teks": "11.000.000"},
         "serapan": {"status": "COMPUTED", "raw": 16.16786122504784159050681, "display": 16.17, "teks": "16,17"},
         "anak": [""" + SASARAN_S1 + """
      ]}],
       "tanpaTautan": [{"kecamatanKode": "35.02.08", "jenis": "SASARAN", "kode": "S2", "tahun": null,
         "masalah": "TANPA_TAUTAN", "teks": "Sasaran S2 Kecamatan Mlarak tidak terhubung ke sasaran RPJMD"}],
       "asOf": "2025-01-10T10:00:00+07:00"}""";

  static final String KONTRIBUTOR = """
      {"kabupatenKode": "35.02", "tahun": 2024, "periode": 0, "basis": "OFFICIAL", "rpjmdKode": "RPJMD-PONOROGO-2021-2026",
       "sasaranKode": "S1.1", "sasaranUraian": "Meningkatnya kualitas pelayanan publik", "kontributor": [
        {"peringkat": 1, "kecamatanKode": "35.02.08", "kecamatanNama": "Mlarak", "indikator": [""" + SKM + """
      ],
         "capaian": {"status": "COMPUTED", "raw": 123.75, "display": 123.75, "teks": "123,75"},
         "predikat": {"skor": 4, "label": "Sangat Berhasil"},
         "cakupan": {"dilaporkan": 1, "jumlah": 1, "teks": "1 dari 1 dilaporkan"},
         "pagu": {"nilai": 68036200, "teks": "68.036.200"}},
        {"peringkat": null, "kecamatanKode": "35.02.14", "kecamatanNama": "Klakah", "indikator": [],
         "capaian": {"status": "NOT_REPORTED", "raw": null, "display": null, "teks": null},
         "predikat": {"skor": null, "label": null},
         "cakupan": {"dilaporkan": 0, "jumlah": 0, "teks": "0 dari 0 dilaporkan"},
         "pagu": {"nilai": null, "teks": null}}]}""";
}
