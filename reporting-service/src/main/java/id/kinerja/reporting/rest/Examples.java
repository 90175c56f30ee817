package id.kinerja.reporting.rest;

/** OpenAPI examples, from Kecamatan Mlarak (Ponorogo) 2024 (DOMAIN E1, E2, E4). */
final class Examples {

  static final String NILAI_SKM = """
      {"status": "COMPUTED", "raw": 123.75, "display": 123.75, "teks": "123,75"}""";

  static final String LAPORAN = """
      {"kabupatenKode": "35.02", "kecamatanKode": "35.02.08", "kecamatanNama": "Mlarak", "tahun": 2024,
       "tampilan": "OFFICIAL", "tampilanKeterangan": "Official: only verified or approved realisasi count", "overallMode": "IKU",
       "versi": {"planVersi": 1, "konfigurasiVersi": 1, "skalaVersi": 1, "ruleVersi": "calc-2024.1"},
       "dihitung": {"asOf": "2025-01-10T03:00:00Z", "recalculatedAt": "2025-01-10T03:00:01.120Z"},
       "ringkasan": [{"periode": 0,
         "capaian": {"status": "COMPUTED", "raw": 117.4305555555555555555555555555556, "display": 117.43, "teks": "117,43"},
         "capaianKumulatif": {"status": "COMPUTED", "raw": 117.4305555555555555555555555555556, "display": 117.43, "teks": "117,43"},
         "cakupan": {"dilaporkan": 2, "jumlah": 2, "teks": "2 of 2 reported"},
         "predikat": {"skor": 4, "label": "Sangat Berhasil"},
         "pagu": {"nilai": 208415145, "teks": "208.415.145"}, "realisasiAnggaran": {"nilai": 189776400, "teks": "189.776.400"},
         "realisasiKumulatif": {"nilai": 189776400, "teks": "189.776.400"},
         "serapan": {"status": "COMPUTED", "raw": 91.05689, "display": 91.06, "teks": "91,06"},
         "serapanKumulatif": {"status": "COMPUTED", "raw": 91.05689, "display": 91.06, "teks": "91,06"},
         "efisiensi": {"status": "COMPUTED", "raw": 26.37366, "display": 26.37, "teks": "26,37"},
         "dibawahTarget": 0, "terlambat": 0, "asOf": "2025-01-10T03:00:00Z"}],
       "sasaran": [{"kode": "S1", "uraian": "Meningkatnya kualitas pelayanan publik", "periode": [{"periode": 0,
         "capaian": {"status": "COMPUTED", "raw": 123.75, "display": 123.75, "teks": "123,75"},
         "capaianKumulatif": {"status": "COMPUTED", "raw": 123.75, "display": 123.75, "teks": "123,75"},
         "cakupan": {"dilaporkan": 1, "jumlah": 1, "teks": "1 of 1 reported"}, "predikat": {"skor": 4, "label": "Sangat Berhasil"},
         "pagu": {"nilai": 68036200, "teks": "68.036.200"}, "realisasiAnggaran": {"nilai": 49973200, "teks": "49.973.200"},
         "serapan": {"status": "COMPUTED", "raw": 73.450898, "display": 73.45, "teks": "73,45"},
         "efisiensi": {"status": "COMPUTED", "raw": 50.299102, "display": 50.30, "teks": "50,30"}, "asOf": "2025-01-10T03:00:00Z"}]}],
       "indikator": [{"kode": "IKU-SKM", "nama": "Nilai Survey Kepuasan Masyarakat (SKM) Pelayanan Administrasi", "satuan": "indeks",
         "sasaranKode": "S1", "iku": true, "polarity": "HIGHER_IS_BETTER", "aggregation": "LAST",
         "target": {"nilai": 80, "min": null, "max": null, "teks": null, "tampil": "80"},
         "triwulan": [{"triwulan": 4, "targetTriwulan": null,
           "realisasi": {"status": "REPORTED", "raw": 99, "display": 99.00, "teks": "99,00"}, "realisasiTeks": null, "realisasiVersi": 1,
           "realisasiKumulatif": {"status": "COMPUTED", "raw": 99, "display": 99.00, "teks": "99,00"},
           "capaian": {"status": "COMPUTED", "raw": 123.75, "display": 123.75, "teks": "123,75"},
           "capaianKumulatif": {"status": "COMPUTED", "raw": 123.75, "display": 123.75, "teks": "123,75"},
           "capaianTargetTriwulan": {"status": "NO_TARGET", "raw": null, "display": null, "teks": null},
           "predikat": {"skor": 4, "label": "Sangat Berhasil"}, "terlambat": false, "asOf": "2025-01-10T03:00:00Z"}],
         "tahunan": {"realisasi": {"status": "COMPUTED", "raw": 99, "display": 99.00, "teks": "99,00"},
           "capaian": {"status": "COMPUTED", "raw": 123.75, "display": 123.75, "teks": "123,75"},
           "capaianScore": {"status": "COMPUTED", "raw": 123.75, "display": 123.75, "teks": "123,75"},
           "predikat": {"skor": 4, "label": "Sangat Berhasil"},
           "tingkatKemajuan": {"status": "COMPUTED", "raw": 110, "display": 110.00, "teks": "110,00"}, "asOf": "2025-01-10T03:00:00Z"}}],
       "anggaran": [{"kode": "7.01.02", "nama": "Penyelenggaraan Pemerintahan dan Pelayanan Publik", "level": "PROGRAM",
         "parentKode": null, "sasaranKode": "S1", "pagu": {"nilai": 68036200, "teks": "68.036.200"},
         "periode": [{"periode": 0, "realisasi": {"nilai": 49973200, "teks": "49.973.200"},
           "realisasiKumulatif": {"nilai": 49973200, "teks": "49.973.200"},
           "serapan": {"status": "COMPUTED", "raw": 73.450898, "display": 73.45, "teks": "73,45"},
           "serapanKumulatif": {"status": "COMPUTED", "raw": 73.450898, "display": 73.45, "teks": "73,45"},
           "cakupan": {"dilaporkan": 1, "jumlah": 4, "teks": "1 of 4 reported"}, "melebihiPagu": false,
           "sisa": {"nilai": 18063000, "teks": "18.063.000"}, "asOf": "2025-01-10T03:00:00Z"}]}]}""";

  static final String KONSOLIDASI = """
      {"kabupatenKode": "35.02", "tahun": 2024, "triwulan": 2, "tampilan": "OFFICIAL",
       "tampilanKeterangan": "Official: only verified or approved realisasi count", "mode": "STORED",
       "ringkasan": {"kecamatanJumlah": 2, "kecamatanDilaporkan": 1,
         "capaianRataRataKecamatan": {"status": "COMPUTED", "raw": 57.45, "display": 57.45, "teks": "57,45"},
         "pagu": {"nilai": 2157521308, "teks": "2.157.521.308"}, "realisasiAnggaran": {"nilai": 1077194452, "teks": "1.077.194.452"},
         "serapan": {"status": "COMPUTED", "raw": 49.92740, "display": 49.93, "teks": "49,93"},
         "sebaranPredikat": {"Cukup": 1}, "asOf": "2024-07-03T02:15:00Z"},
       "items": [
        {"peringkat": 1, "kecamatanKode": "35.02.08", "kecamatanNama": "Mlarak", "status": "REPORTED",
         "capaian": {"status": "COMPUTED", "raw": 17.81, "display": 17.81, "teks": "17,81"},
         "capaianKumulatif": {"status": "COMPUTED", "raw": 57.45, "display": 57.45, "teks": "57,45"},
         "cakupan": {"dilaporkan": 1, "jumlah": 2, "teks": "1 of 2 reported"}, "predikat": {"skor": 2, "label": "Cukup"},
         "pagu": {"nilai": 2157521308, "teks": "2.157.521.308"}, "realisasiAnggaran": {"nilai": 548694681, "teks": "548.694.681"},
         "realisasiKumulatif": {"nilai": 1077194452, "teks": "1.077.194.452"},
         "serapan": {"status": "COMPUTED", "raw": 25.43, "display": 25.43, "teks": "25,43"},
         "serapanKumulatif": {"status": "COMPUTED", "raw": 49.93, "display": 49.93, "teks": "49,93"},
         "efisiensi": {"status": "COMPUTED", "raw": 7.52, "display": 7.52, "teks": "7,52"}, "capaianSasaran": null,
         "dibawahTarget": 2, "terlambat": 0, "versi": {"planVersi": 1, "konfigurasiVersi": 1, "skalaVersi": 1, "ruleVersi": "calc-2024.1"},
         "asOf": "2024-07-03T02:15:00Z"},
        {"peringkat": null, "kecamatanKode": "35.02.09", "kecamatanNama": "Jetis", "status": "NOT_REPORTED",
         "capaian": {"status": "NOT_REPORTED", "raw": null, "display": null, "teks": null},
         "capaianKumulatif": {"status": "NOT_REPORTED", "raw": null, "display": null, "teks": null},
         "cakupan": {"dilaporkan": 0, "jumlah": 2, "teks": "0 of 2 reported"}, "predikat": {"skor": null, "label": null},
         "pagu": {"nilai": 1500000000, "teks": "1.500.000.000"}, "realisasiAnggaran": {"nilai": null, "teks": null},
         "realisasiKumulatif": {"nilai": null, "teks": null},
         "serapan": {"status": "NOT_REPORTED", "raw": null, "display": null, "teks": null},
         "serapanKumulatif": {"status": "NOT_REPORTED", "raw": null, "display": null, "teks": null},
         "efisiensi": {"status": "NOT_REPORTED", "raw": null, "display": null, "teks": null}, "capaianSasaran": null,
         "dibawahTarget": 0, "terlambat": 0, "versi": {"planVersi": 2, "konfigurasiVersi": 1, "skalaVersi": 1, "ruleVersi": "calc-2024.1"},
         "asOf": "2024-06-20T01:00:00Z"}],
       "page": 0, "size": 50, "total": 2}""";

  static final String NASIONAL = """
      {"tahun": 2024, "triwulan": null, "tampilan": "OFFICIAL", "mode": "STORED",
       "nasional": {"kabupatenKode": "NASIONAL", "kabupatenNama": "Nasional", "kecamatanJumlah": 7277, "kecamatanDilaporkan": 6950,
         "capaianRataRataKecamatan": {"status": "COMPUTED", "raw": 98.1, "display": 98.10, "teks": "98,10"},
         "pagu": {"nilai": 9876543210000, "teks": "9.876.543.210.000"}, "realisasiAnggaran": {"nilai": 8765432100000, "teks": "8.765.432.100.000"},
         "serapan": {"status": "COMPUTED", "raw": 88.75, "display": 88.75, "teks": "88,75"}, "asOf": "2025-01-10T03:00:00Z"},
       "items": [{"kabupatenKode": "35.02", "kabupatenNama": "Ponorogo", "kecamatanJumlah": 21, "kecamatanDilaporkan": 21,
         "capaianRataRataKecamatan": {"status": "COMPUTED", "raw": 104.2, "display": 104.20, "teks": "104,20"},
         "pagu": {"nilai": 43000000000, "teks": "43.000.000.000"}, "realisasiAnggaran": {"nilai": 40100000000, "teks": "40.100.000.000"},
         "serapan": {"status": "COMPUTED", "raw": 93.26, "display": 93.26, "teks": "93,26"}, "asOf": "2025-01-10T03:00:00Z"}],
       "page": 0, "size": 50, "total": 1}""";

  static final String STATUS = """
      {"consumer": "reporting-projections", "group": "reporting-projections-g2", "running": true, "lag": 0, "caughtUp": true,
       "lastApplied": "2025-01-10T03:00:01.120Z"}""";

  static final String STATUS_REBUILDING = """
      {"consumer": "reporting-projections", "group": "reporting-projections-g3", "running": true, "lag": 15234, "caughtUp": false,
       "lastApplied": null}""";

  static final String LKJIP = """
      {"kecamatanKode": "35.02.08", "kecamatanNama": "Mlarak", "tahun": 2024, "tampilan": "OFFICIAL",
       "tampilanKeterangan": "Official: only verified or approved realisasi count",
       "versi": {"planVersi": 1, "konfigurasiVersi": 1, "skalaVersi": 1, "ruleVersi": "calc-2024.1"},
       "dihitung": {"asOf": "2025-01-10T03:00:00Z", "recalculatedAt": "2025-01-10T03:00:01.120Z"},
       "pengukuranKinerja": [{"sasaranKode": "S1", "sasaranUraian": "Meningkatnya kualitas pelayanan publik", "indikatorKode": "IKU-SKM",
         "indikatorNama": "Nilai SKM Pelayanan Administrasi", "satuan": "indeks",
         "target": {"nilai": 80, "min": null, "max": null, "teks": null, "tampil": "80"},
         "realisasi": {"status": "COMPUTED", "raw": 99, "display": 99.00, "teks": "99,00"},
         "capaian": {"status": "COMPUTED", "raw": 123.75, "display": 123.75, "teks": "123,75"},
         "predikat": {"skor": 4, "label": "Sangat Berhasil"}}],
       "perbandingan": [{"indikatorKode": "IKU-SKM", "indikatorNama": "Nilai SKM Pelayanan Administrasi",
         "realisasi": [{"tahun": 2022, "nilai": {"status": "COMPUTED", "raw": 79.48, "display": 79.48, "teks": "79,48"}, "sumber": "LKjIP 2022"},
           {"tahun": 2023, "nilai": {"status": "COMPUTED", "raw": 86.90, "display": 86.90, "teks": "86,90"}, "sumber": "LKjIP 2023"},
           {"tahun": 2024, "nilai": {"status": "COMPUTED", "raw": 99, "display": 99.00, "teks": "99,00"}, "sumber": "SYSTEM"}],
         "selisih": [{"tahun": 2023, "nilai": {"status": "COMPUTED", "raw": 7.42, "display": 7.42, "teks": "7,42"}, "sumber": null},
           {"tahun": 2024, "nilai": {"status": "COMPUTED", "raw": 12.10, "display": 12.10, "teks": "12,10"}, "sumber": null}],
         "targetAkhir": {"nilai": 90, "min": null, "max": null, "teks": null, "tampil": "90"}, "tahunTargetAkhir": 2026,
         "tingkatKemajuan": {"status": "COMPUTED", "raw": 110, "display": 110.00, "teks": "110,00"}}],
       "realisasiAnggaran": [{"kode": "7.01.02", "nama": "Penyelenggaraan Pemerintahan dan Pelayanan Publik", "level": "PROGRAM",
         "pagu": {"nilai": 68036200, "teks": "68.036.200"}, "realisasi": {"nilai": 49973200, "teks": "49.973.200"},
         "serapan": {"status": "COMPUTED", "raw": 73.450898, "display": 73.45, "teks": "73,45"},
         "sisa": {"nilai": 18063000, "teks": "18.063.000"}, "melebihiPagu": false}],
       "paguTotal": {"nilai": 208415145, "teks": "208.415.145"}, "realisasiTotal": {"nilai": 189776400, "teks": "189.776.400"},
       "serapanTotal": {"status": "COMPUTED", "raw": 91.05689, "display": 91.06, "teks": "91,06"},
       "efisiensi": [{"sasaranKode": "S1", "sasaranUraian": "Meningkatnya kualitas pelayanan publik",
         "pagu": {"nilai": 68036200, "teks": "68.036.200"}, "realisasi": {"nilai": 49973200, "teks": "49.973.200"},
         "serapan": {"status": "COMPUTED", "raw": 73.450898, "display": 73.45, "teks": "73,45"},
         "capaian": {"status": "COMPUTED", "raw": 123.75, "display": 123.75, "teks": "123,75"},
         "efisiensi": {"status": "COMPUTED", "raw": 50.299102, "display": 50.30, "teks": "50,30"}}],
       "capaianRataRata": {"status": "COMPUTED", "raw": 117.43055, "display": 117.43, "teks": "117,43"},
       "efisiensiTotal": {"status": "COMPUTED", "raw": 26.37366, "display": 26.37, "teks": "26,37"},
       "perjanjianKinerja": [{"id": "PK-2024-CAMAT-2", "versi": 2, "jenis": "PERUBAHAN", "tanggal": "2024-10-23",
         "pihakPertama": "Camat Mlarak (Camat)", "pihakKedua": "Bupati Ponorogo (Bupati)",
         "indikator": [{"kode": "IKU-SKM", "nama": "Nilai SKM Pelayanan Administrasi", "satuan": "indeks",
           "target": {"nilai": 80, "min": null, "max": null, "teks": null, "tampil": "80"}}],
         "anggaran": [{"kode": "7.01.02", "nama": "Penyelenggaraan Pemerintahan dan Pelayanan Publik",
           "pagu": {"nilai": 68036200, "teks": "68.036.200"}}]}]}""";

  static final String AUDIT_REQUEST = """
      {"tampilan": "OFFICIAL", "notasi": "ID",
       "pengukuran": [
         {"indikatorKode": "IKU-SKM", "sumber": "Tabel 3.2", "target": "80", "realisasi": "99", "capaian": "119",
          "predikat": "Sangat Berhasil", "satuan": "%"},
         {"indikatorKode": "IKU-SKM", "sumber": "Tabel 3.16", "realisasi": "80,48", "capaian": "102"}],
       "efisiensi": [{"sasaranKode": "S1", "sumber": "Tabel 3.17", "capaian": "102", "serapan": "73,45", "efisiensi": "28,55"}],
       "capaianRataRata": "119"}""";

  static final String AUDIT_RESULT = """
      {"kecamatanKode": "35.02.08", "tahun": 2024, "tampilan": "OFFICIAL", "triwulan": null, "diperiksa": 10,
       "flags": [
         {"kind": "CAPAIAN", "field": "pengukuran[0].capaian", "subjek": "IKU-SKM (Tabel 3.2)", "printed": "119",
          "printedValue": 119, "computed": 123.75, "computedTeks": "123,75",
          "explanation": "printed 119 ≠ computed 123,75 (99 / 80 × 100)"},
         {"kind": "UNIT_VS_SATUAN", "field": "pengukuran[0].satuan", "subjek": "IKU-SKM (Tabel 3.2)", "printed": "%",
          "printedValue": null, "computed": null, "computedTeks": null, "explanation": "printed unit \\"%\\" ≠ satuan \\"indeks\\""},
         {"kind": "EFISIENSI", "field": "efisiensi[0].efisiensi", "subjek": "sasaran S1 (Tabel 3.17) efisiensi", "printed": "28,55",
          "printedValue": 28.55, "computed": 50.299102, "computedTeks": "50,30",
          "explanation": "printed 28,55 ≠ computed 50,30 (Efisiensi = % capaian kinerja − % serapan anggaran (poin persen): 123,75 and 73,45)"}]}""";

  private Examples() {
  }
}
