package id.kinerja.reporting.rest;

/**
 * OpenAPI examples from the demo data (docs/demo-data.md): Kecamatan Mlarak (35.02.08), Kabupaten Ponorogo (35.02),
 * 2024, after every realisasi of the demo was verified — IKU-SKM 99 against 80 (E1: 123,75), IKU-IDM 15 of 15 desa
 * against 90 (E2: 111,11), overall 117,43; of the five programs only 7.01.05 has a realisasi (11.000.000 of
 * 11.000.000), so the kecamatan serapan is 11.000.000 / 2.116.454.500 on 0,52 % of the pagu, and no efisiensi
 * (docs/domain.md §2.9.9); no program is allocated to a sasaran.
 */
final class Examples {

  static final String LAPORAN = """
      {"kabupatenKode": "35.02", "kecamatanKode": "35.02.08", "kecamatanNama": "Mlarak", "tahun": 2024,
       "tampilan": "OFFICIAL", "tampilanKeterangan": "Resmi: hanya realisasi yang sudah diverifikasi atau disetujui yang dihitung", "overallMode": "IKU",
       "versi": {"planVersi": 1, "konfigurasiVersi": 1, "skalaVersi": 1, "ruleVersi": "calc-2024.2"},
       "dihitung": {"asOf": "2025-01-10T10:00:00+07:00", "recalculatedAt": "2025-01-10T10:00:01.12+07:00"},
       "ringkasan": [{"periode": 0,
         "capaian": {"status": "COMPUTED", "raw": 117.4305555555555555555555555555556, "display": 117.43, "teks": "117,43"},
         "capaianKumulatif": {"status": "COMPUTED", "raw": 117.4305555555555555555555555555556, "display": 117.43, "teks": "117,43"},
         "cakupan": {"dilaporkan": 2, "jumlah": 2, "teks": "2 dari 2 dilaporkan"},
         "predikat": {"skor": 4, "label": "Sangat Berhasil"},
         "pagu": {"nilai": 2116454500, "teks": "2.116.454.500"}, "realisasiAnggaran": {"nilai": 11000000, "teks": "11.000.000"},
         "realisasiKumulatif": {"nilai": 11000000, "teks": "11.000.000"},
         "serapan": {"status": "COMPUTED", "raw": 0.5197371358562161388302937766911597, "display": 0.52, "teks": "0,52"},
         "serapanKumulatif": {"status": "COMPUTED", "raw": 0.5197371358562161388302937766911597, "display": 0.52, "teks": "0,52"},
         "sisa": {"nilai": 2105454500, "teks": "2.105.454.500"}, "melebihiPagu": false,
         "cakupanPagu": {"paguDilaporkan": {"nilai": 11000000, "teks": "11.000.000"}, "pagu": {"nilai": 2116454500, "teks": "2.116.454.500"},
           "persen": {"status": "COMPUTED", "raw": 0.5197371358562161388302937766911597, "display": 0.52, "teks": "0,52"}, "lengkap": false,
           "teks": "pagu dengan realisasi dilaporkan 11.000.000 dari 2.116.454.500 (0,52 %)"},
         "cakupanPaguKumulatif": {"paguDilaporkan": {"nilai": 11000000, "teks": "11.000.000"}, "pagu": {"nilai": 2116454500, "teks": "2.116.454.500"},
           "persen": {"status": "COMPUTED", "raw": 0.5197371358562161388302937766911597, "display": 0.52, "teks": "0,52"}, "lengkap": false,
           "teks": "pagu dengan realisasi dilaporkan 11.000.000 dari 2.116.454.500 (0,52 %)"},
         "efisiensi": {"status": "NOT_REPORTED", "raw": null, "display": null, "teks": null},
         "dibawahTarget": 0, "terlambat": 0, "asOf": "2025-01-10T10:00:00+07:00"}],
       "sasaran": [{"kode": "S1", "uraian": "Meningkatnya Kualitas Pelayanan kepada Masyarakat di Bidang Administrasi",
         "periode": [{"periode": 0,
         "capaian": {"status": "COMPUTED", "raw": 123.75, "display": 123.75, "teks": "123,75"},
         "capaianKumulatif": {"status": "COMPUTED", "raw": 123.75, "display": 123.75, "teks": "123,75"},
         "cakupan": {"dilaporkan": 1, "jumlah": 1, "teks": "1 dari 1 dilaporkan"}, "predikat": {"skor": 4, "label": "Sangat Berhasil"},
         "pagu": {"nilai": null, "teks": null}, "realisasiAnggaran": {"nilai": null, "teks": null}, "serapan": null,
         "sisa": {"nilai": null, "teks": null}, "melebihiPagu": null, "cakupanPagu": null, "efisiensi": null,
         "asOf": "2025-01-10T10:00:00+07:00"}]}],
       "indikator": [{"kode": "IKU-SKM", "nama": "Nilai Survey Kepuasan Masyarakat (SKM) Pelayanan Administrasi", "satuan": "indeks",
         "sasaranKode": "S1", "iku": true, "polarity": "HIGHER_IS_BETTER", "aggregation": "LAST",
         "target": {"nilai": 80, "min": null, "max": null, "teks": null, "tampil": "80"},
         "triwulan": [{"triwulan": 4, "targetTriwulan": null,
           "realisasi": {"status": "REPORTED", "raw": 99, "display": 99.00, "teks": "99,00"}, "realisasiTeks": null, "realisasiVersi": 1,
           "realisasiKumulatif": {"status": "COMPUTED", "raw": 99, "display": 99.00, "teks": "99,00"},
           "capaian": {"status": "COMPUTED", "raw": 123.75, "display": 123.75, "teks": "123,75"},
           "capaianKumulatif": {"status": "COMPUTED", "raw": 123.75, "display": 123.75, "teks": "123,75"},
           "capaianTargetTriwulan": {"status": "NO_TARGET", "raw": null, "display": null, "teks": null},
           "predikat": {"skor": 4, "label": "Sangat Berhasil"}, "terlambat": false, "asOf": "2025-01-10T10:00:00+07:00",
           "narasi": {"triwulan": 4, "faktorPendukung": "Pelayanan administrasi kependudukan tepat waktu", "faktorPenghambat": "Sebagian responden belum terbiasa dengan survei daring", "tindakLanjut": "Survei SKM dilanjutkan setiap semester"}}],
         "tahunan": {"realisasi": {"status": "COMPUTED", "raw": 99, "display": 99.00, "teks": "99,00"},
           "capaian": {"status": "COMPUTED", "raw": 123.75, "display": 123.75, "teks": "123,75"},
           "capaianScore": {"status": "COMPUTED", "raw": 123.75, "display": 123.75, "teks": "123,75"},
           "predikat": {"skor": 4, "label": "Sangat Berhasil"},
           "tingkatKemajuan": {"status": "COMPUTED", "raw": 110, "display": 110.00, "teks": "110,00"}, "asOf": "2025-01-10T10:00:00+07:00",
           "narasi": {"triwulan": 4, "faktorPendukung": "Pelayanan administrasi kependudukan tepat waktu", "faktorPenghambat": "Sebagian responden belum terbiasa dengan survei daring", "tindakLanjut": "Survei SKM dilanjutkan setiap semester"}}}],
       "anggaran": [{"kode": "7.01.05", "nama": "Program Penyelenggaraan Urusan Pemerintahan Umum", "level": "PROGRAM",
         "parentKode": null, "sasaranKode": null, "pagu": {"nilai": 11000000, "teks": "11.000.000"},
         "periode": [{"periode": 0, "realisasi": {"nilai": 11000000, "teks": "11.000.000"},
           "realisasiKumulatif": {"nilai": 11000000, "teks": "11.000.000"},
           "serapan": {"status": "COMPUTED", "raw": 100, "display": 100.00, "teks": "100,00"},
           "serapanKumulatif": {"status": "COMPUTED", "raw": 100, "display": 100.00, "teks": "100,00"},
           "cakupan": {"dilaporkan": 1, "jumlah": 1, "teks": "1 dari 1 dilaporkan"},
           "cakupanPagu": {"paguDilaporkan": {"nilai": 11000000, "teks": "11.000.000"}, "pagu": {"nilai": 11000000, "teks": "11.000.000"},
             "persen": {"status": "COMPUTED", "raw": 100, "display": 100.00, "teks": "100,00"}, "lengkap": true,
             "teks": "pagu dengan realisasi dilaporkan 11.000.000 dari 11.000.000 (100,00 %)"},
           "cakupanPaguKumulatif": {"paguDilaporkan": {"nilai": 11000000, "teks": "11.000.000"}, "pagu": {"nilai": 11000000, "teks": "11.000.000"},
             "persen": {"status": "COMPUTED", "raw": 100, "display": 100.00, "teks": "100,00"}, "lengkap": true,
             "teks": "pagu dengan realisasi dilaporkan 11.000.000 dari 11.000.000 (100,00 %)"},
           "melebihiPagu": false, "sisa": {"nilai": 0, "teks": "0"}, "asOf": "2025-01-10T10:00:00+07:00"}]}],
       "belanja": [{"kode": "5.1.02", "nama": "Belanja Barang dan Jasa", "pagu": {"nilai": 80000000, "teks": "80.000.000"},
         "periode": [{"periode": 0, "realisasi": {"nilai": 50000000, "teks": "50.000.000"},
           "realisasiKumulatif": {"nilai": 50000000, "teks": "50.000.000"},
           "serapan": {"status": "COMPUTED", "raw": 62.5, "display": 62.50, "teks": "62,50"},
           "serapanKumulatif": {"status": "COMPUTED", "raw": 62.5, "display": 62.50, "teks": "62,50"},
           "cakupan": {"dilaporkan": 1, "jumlah": 4, "teks": "1 dari 4 dilaporkan"}, "cakupanPagu": null,
           "cakupanPaguKumulatif": null, "melebihiPagu": false,
           "sisa": {"nilai": 30000000, "teks": "30.000.000"}, "asOf": "2025-01-10T10:00:00+07:00"}]}],
       "belanjaTotal": [{"periode": 0, "realisasi": {"nilai": 150000000, "teks": "150.000.000"},
         "realisasiKumulatif": {"nilai": 150000000, "teks": "150.000.000"},
         "serapan": {"status": "COMPUTED", "raw": 71.97, "display": 71.97, "teks": "71,97"},
         "serapanKumulatif": {"status": "COMPUTED", "raw": 71.97, "display": 71.97, "teks": "71,97"},
         "cakupan": {"dilaporkan": 2, "jumlah": 3, "teks": "2 dari 3 dilaporkan"}, "cakupanPagu": null,
         "cakupanPaguKumulatif": null, "melebihiPagu": false,
         "sisa": {"nilai": 58415145, "teks": "58.415.145"}, "asOf": "2025-01-10T10:00:00+07:00"}]}""";

  static final String KONSOLIDASI = """
      {"kabupatenKode": "35.02", "tahun": 2024, "triwulan": null, "tampilan": "OFFICIAL",
       "tampilanKeterangan": "Resmi: hanya realisasi yang sudah diverifikasi atau disetujui yang dihitung", "mode": "STORED",
       "ringkasan": {"kecamatanJumlah": 2, "kecamatanDilaporkan": 1,
         "capaianRataRataKecamatan": {"status": "COMPUTED", "raw": 117.4305555555555555555555555555556, "display": 117.43, "teks": "117,43"},
         "capaianKumulatifRataRataKecamatan": {"status": "COMPUTED", "raw": 117.4305555555555555555555555555556, "display": 117.43, "teks": "117,43"},
         "pagu": {"nilai": 2116454500, "teks": "2.116.454.500"}, "realisasiAnggaran": {"nilai": 11000000, "teks": "11.000.000"},
         "serapan": {"status": "COMPUTED", "raw": 0.5197371358562161388302937766911597, "display": 0.52, "teks": "0,52"},
         "realisasiAnggaranTriwulan": {"nilai": 11000000, "teks": "11.000.000"},
         "serapanTriwulan": {"status": "COMPUTED", "raw": 0.5197371358562161388302937766911597, "display": 0.52, "teks": "0,52"},
         "sisa": {"nilai": 2105454500, "teks": "2.105.454.500"}, "melebihiPagu": false,
         "sebaranPredikat": {"Sangat Berhasil": 1}, "asOf": "2025-01-10T10:00:00+07:00"},
       "items": [
        {"peringkat": 1, "kecamatanKode": "35.02.08", "kecamatanNama": "Mlarak", "status": "REPORTED",
         "capaian": {"status": "COMPUTED", "raw": 117.4305555555555555555555555555556, "display": 117.43, "teks": "117,43"},
         "capaianKumulatif": {"status": "COMPUTED", "raw": 117.4305555555555555555555555555556, "display": 117.43, "teks": "117,43"},
         "cakupan": {"dilaporkan": 2, "jumlah": 2, "teks": "2 dari 2 dilaporkan"}, "predikat": {"skor": 4, "label": "Sangat Berhasil"},
         "pagu": {"nilai": 2116454500, "teks": "2.116.454.500"}, "realisasiAnggaran": {"nilai": 11000000, "teks": "11.000.000"},
         "realisasiKumulatif": {"nilai": 11000000, "teks": "11.000.000"},
         "serapan": {"status": "COMPUTED", "raw": 0.5197371358562161388302937766911597, "display": 0.52, "teks": "0,52"},
         "serapanKumulatif": {"status": "COMPUTED", "raw": 0.5197371358562161388302937766911597, "display": 0.52, "teks": "0,52"},
         "sisa": {"nilai": 2105454500, "teks": "2.105.454.500"}, "melebihiPagu": false,
         "efisiensi": {"status": "NOT_REPORTED", "raw": null, "display": null, "teks": null},
         "capaianSasaran": null, "dibawahTarget": 0, "terlambat": 0,
         "versi": {"planVersi": 1, "konfigurasiVersi": 1, "skalaVersi": 1, "ruleVersi": "calc-2024.2"},
         "asOf": "2025-01-10T10:00:00+07:00"},
        {"peringkat": null, "kecamatanKode": "35.02.09", "kecamatanNama": "Siman", "status": "NO_PLAN",
         "capaian": {"status": "NO_PLAN", "raw": null, "display": null, "teks": null}, "capaianKumulatif": {"status": "NO_PLAN", "raw": null, "display": null, "teks": null},
         "cakupan": {"dilaporkan": 0, "jumlah": 0, "teks": "0 dari 0 dilaporkan"}, "predikat": {"skor": null, "label": null},
         "pagu": {"nilai": null, "teks": null}, "realisasiAnggaran": {"nilai": null, "teks": null}, "realisasiKumulatif": {"nilai": null, "teks": null},
         "serapan": {"status": "NO_PLAN", "raw": null, "display": null, "teks": null}, "serapanKumulatif": {"status": "NO_PLAN", "raw": null, "display": null, "teks": null},
         "sisa": {"nilai": null, "teks": null}, "melebihiPagu": false, "efisiensi": {"status": "NO_PLAN", "raw": null, "display": null, "teks": null}, "capaianSasaran": null,
         "dibawahTarget": 0, "terlambat": 0, "versi": null, "asOf": null}],
       "page": 0, "size": 50, "total": 2}""";

  static final String NASIONAL = """
      {"tahun": 2024, "triwulan": null, "tampilan": "OFFICIAL", "mode": "STORED",
       "nasional": {"kabupatenKode": "NASIONAL", "kabupatenNama": "Nasional", "kecamatanJumlah": 2, "kecamatanDilaporkan": 1,
         "capaianRataRataKecamatan": {"status": "COMPUTED", "raw": 117.4305555555555555555555555555556, "display": 117.43, "teks": "117,43"},
         "pagu": {"nilai": 2116454500, "teks": "2.116.454.500"}, "realisasiAnggaran": {"nilai": 11000000, "teks": "11.000.000"},
         "serapan": {"status": "COMPUTED", "raw": 0.5197371358562161388302937766911597, "display": 0.52, "teks": "0,52"},
         "asOf": "2025-01-10T10:00:00+07:00"},
       "items": [{"kabupatenKode": "35.02", "kabupatenNama": "Ponorogo", "kecamatanJumlah": 2, "kecamatanDilaporkan": 1,
         "capaianRataRataKecamatan": {"status": "COMPUTED", "raw": 117.4305555555555555555555555555556, "display": 117.43, "teks": "117,43"},
         "pagu": {"nilai": 2116454500, "teks": "2.116.454.500"}, "realisasiAnggaran": {"nilai": 11000000, "teks": "11.000.000"},
         "serapan": {"status": "COMPUTED", "raw": 0.5197371358562161388302937766911597, "display": 0.52, "teks": "0,52"},
         "asOf": "2025-01-10T10:00:00+07:00"}],
       "page": 0, "size": 50, "total": 1}""";

  static final String STATUS = """
      {"consumer": "reporting-projections", "group": "reporting-projections-g2", "running": true, "lag": 0, "caughtUp": true,
       "lastApplied": "2025-01-10T10:00:01.12+07:00"}""";

  static final String STATUS_REBUILDING = """
      {"consumer": "reporting-projections", "group": "reporting-projections-g3", "running": true, "lag": 15234, "caughtUp": false,
       "lastApplied": null}""";

  static final String LKJIP = """
      {"kecamatanKode": "35.02.08", "kecamatanNama": "Mlarak", "tahun": 2024, "tampilan": "OFFICIAL",
       "tampilanKeterangan": "Resmi: hanya realisasi yang sudah diverifikasi atau disetujui yang dihitung",
       "versi": {"planVersi": 1, "konfigurasiVersi": 1, "skalaVersi": 1, "ruleVersi": "calc-2024.2"},
       "dihitung": {"asOf": "2025-01-10T10:00:00+07:00", "recalculatedAt": "2025-01-10T10:00:01.12+07:00"},
       "pengukuranKinerja": [{"sasaranKode": "S1",
         "sasaranUraian": "Meningkatnya Kualitas Pelayanan kepada Masyarakat di Bidang Administrasi", "indikatorKode": "IKU-SKM",
         "indikatorNama": "Nilai Survey Kepuasan Masyarakat (SKM) Pelayanan Administrasi", "satuan": "indeks",
         "target": {"nilai": 80, "min": null, "max": null, "teks": null, "tampil": "80"},
         "realisasi": {"status": "COMPUTED", "raw": 99, "display": 99.00, "teks": "99,00"},
         "capaian": {"status": "COMPUTED", "raw": 123.75, "display": 123.75, "teks": "123,75"},
         "predikat": {"skor": 4, "label": "Sangat Berhasil"},
         "narasi": {"triwulan": 4, "faktorPendukung": "Pelayanan administrasi kependudukan tepat waktu", "faktorPenghambat": "Sebagian responden belum terbiasa dengan survei daring", "tindakLanjut": "Survei SKM dilanjutkan setiap semester"}}],
       "perbandingan": [{"indikatorKode": "IKU-SKM", "indikatorNama": "Nilai Survey Kepuasan Masyarakat (SKM) Pelayanan Administrasi",
         "realisasi": [{"tahun": 2022, "nilai": {"status": "COMPUTED", "raw": 79.48, "display": 79.48, "teks": "79,48"}, "sumber": "[P] Tabel 3.4"},
           {"tahun": 2023, "nilai": {"status": "COMPUTED", "raw": 86.9, "display": 86.90, "teks": "86,90"}, "sumber": "[P] Tabel 3.4"},
           {"tahun": 2024, "nilai": {"status": "COMPUTED", "raw": 99, "display": 99.00, "teks": "99,00"}, "sumber": "SYSTEM"}],
         "selisih": [{"tahun": 2023, "nilai": {"status": "COMPUTED", "raw": 7.42, "display": 7.42, "teks": "7,42"}, "sumber": null},
           {"tahun": 2024, "nilai": {"status": "COMPUTED", "raw": 12.1, "display": 12.10, "teks": "12,10"}, "sumber": null}],
         "targetAkhir": {"nilai": 90, "min": null, "max": null, "teks": null, "tampil": "90"}, "tahunTargetAkhir": 2026,
         "tingkatKemajuan": {"status": "COMPUTED", "raw": 110, "display": 110.00, "teks": "110,00"}}],
       "realisasiAnggaran": [{"kode": "7.01.05", "nama": "Program Penyelenggaraan Urusan Pemerintahan Umum", "level": "PROGRAM",
         "pagu": {"nilai": 11000000, "teks": "11.000.000"}, "realisasi": {"nilai": 11000000, "teks": "11.000.000"},
         "serapan": {"status": "COMPUTED", "raw": 100, "display": 100.00, "teks": "100,00"},
         "sisa": {"nilai": 0, "teks": "0"}, "melebihiPagu": false}],
       "paguTotal": {"nilai": 2116454500, "teks": "2.116.454.500"}, "realisasiTotal": {"nilai": 11000000, "teks": "11.000.000"},
       "serapanTotal": {"status": "COMPUTED", "raw": 0.5197371358562161388302937766911597, "display": 0.52, "teks": "0,52"},
       "sisaTotal": {"nilai": 2105454500, "teks": "2.105.454.500"}, "melebihiPaguTotal": false,
       "efisiensi": [],
       "capaianRataRata": {"status": "COMPUTED", "raw": 117.4305555555555555555555555555556, "display": 117.43, "teks": "117,43"},
       "efisiensiTotal": {"status": "NOT_REPORTED", "raw": null, "display": null, "teks": null},
       "perjanjianKinerja": [{"id": "12", "versi": 1, "jenis": "PERUBAHAN", "tanggal": "2024-10-23",
         "pihakPertama": "Joko Setiawan, S.STP., M.Si. (Camat Mlarak)", "pihakKedua": "H. Sugiri Sancoko, S.E., M.M. (Bupati Ponorogo)",
         "indikator": [{"kode": "IKU-SKM", "nama": "Nilai Survey Kepuasan Masyarakat (SKM) Pelayanan Administrasi", "satuan": "indeks",
           "target": {"nilai": 80, "min": null, "max": null, "teks": null, "tampil": "80"}}],
         "anggaran": [{"kode": "7.01.05", "nama": "Program Penyelenggaraan Urusan Pemerintahan Umum",
           "pagu": {"nilai": 11000000, "teks": "11.000.000"}}]}],
       "realisasiBelanja": [{"kode": "5.1.02", "nama": "Belanja Barang dan Jasa", "pagu": {"nilai": 80000000, "teks": "80.000.000"},
         "realisasi": {"nilai": 50000000, "teks": "50.000.000"},
         "serapan": {"status": "COMPUTED", "raw": 62.5, "display": 62.50, "teks": "62,50"},
         "sisa": {"nilai": 30000000, "teks": "30.000.000"}, "melebihiPagu": false}],
       "belanjaTotal": {"pagu": {"nilai": 208415145, "teks": "208.415.145"}, "realisasi": {"nilai": 150000000, "teks": "150.000.000"},
         "serapan": {"status": "COMPUTED", "raw": 71.97, "display": 71.97, "teks": "71,97"},
         "sisa": {"nilai": 58415145, "teks": "58.415.145"}, "melebihiPagu": false,
         "cakupan": {"dilaporkan": 2, "jumlah": 3, "teks": "2 dari 3 dilaporkan"}}}""";

  static final String AUDIT_REQUEST = """
      {"tampilan": "OFFICIAL", "notasi": "ID",
       "pengukuran": [
         {"indikatorKode": "IKU-SKM", "sumber": "Tabel 3.2", "target": "80", "realisasi": "99", "capaian": "119",
          "predikat": "Sangat Berhasil", "satuan": "%"},
         {"indikatorKode": "IKU-IDM", "sumber": "Tabel 3.2", "target": "90", "realisasi": "100", "capaian": "111,11"}],
       "capaianRataRata": "117,43"}""";

  static final String AUDIT_RESULT = """
      {"kecamatanKode": "35.02.08", "tahun": 2024, "tampilan": "OFFICIAL", "triwulan": null, "diperiksa": 9,
       "flags": [
         {"kind": "CAPAIAN", "field": "pengukuran[0].capaian", "subjek": "IKU-SKM (Tabel 3.2)", "printed": "119",
          "printedValue": 119, "computed": 123.75, "computedTeks": "123,75",
          "explanation": "tercetak 119 ≠ hasil hitung 123,75, dibulatkan seperti tercetak 124 (R 99 terhadap T 80)"},
         {"kind": "UNIT_VS_SATUAN", "field": "pengukuran[0].satuan", "subjek": "IKU-SKM (Tabel 3.2)", "printed": "%",
          "printedValue": null, "computed": null, "computedTeks": null,
          "explanation": "satuan tercetak \\"%\\" ≠ satuan \\"indeks\\""}]}""";

  /** A printed triwulan report of the demo kecamatan (the README tour's TW II: SKM 78 against 80, and 77 for TW II). */
  static final String AUDIT_REQUEST_TRIWULAN = """
      {"tampilan": "OFFICIAL", "triwulan": 2, "notasi": "AUTO",
       "pengukuranTriwulan": [
         {"indikatorKode": "IKU-SKM", "sumber": "Laporan kinerja TW II", "triwulan": 2, "target": "80", "realisasi": "78",
          "capaian": "97", "capaianTargetTriwulan": "101,30", "realisasiKumulatif": "78", "capaianKumulatif": "97,5"}],
       "anggaranTriwulan": [
         {"anggaranKode": "7.01.05", "sumber": "Laporan kinerja TW II, program", "triwulan": 2, "pagu": "11,000,000"},
         {"sumber": "Laporan kinerja TW II, jumlah", "triwulan": 2, "pagu": "2.116.474.500"}],
       "ringkasanTriwulan": [{"sumber": "Laporan kinerja TW II", "triwulan": 2, "capaianRataRata": "97,50"}]}""";

  static final String AUDIT_RESULT_TRIWULAN = """
      {"kecamatanKode": "35.02.08", "tahun": 2024, "tampilan": "OFFICIAL", "triwulan": 2, "diperiksa": 9,
       "flags": [
         {"kind": "CAPAIAN", "field": "pengukuranTriwulan[0].capaian", "subjek": "IKU-SKM TW 2 (Laporan kinerja TW II)",
          "printed": "97", "printedValue": 97, "computed": 97.5, "computedTeks": "97,50",
          "explanation": "tercetak 97 ≠ hasil hitung 97,50, dibulatkan seperti tercetak 98 (R 78 terhadap T 80)"}]}""";

  private Examples() {
  }
}
