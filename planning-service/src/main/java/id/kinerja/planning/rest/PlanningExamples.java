package id.kinerja.planning.rest;

/**
 * OpenAPI examples from the demo data (docs/demo-data.md): Kabupaten Ponorogo 35.02 (WIB), Kecamatan Mlarak 35.02.08,
 * its Renstra 2024–2026, the PK of its Camat for 2024 and the kabupaten's scales and calendar of 2024. Times are
 * written as the service answers them: local to the kabupaten, with its offset. The parts several examples share
 * are written once and joined; each example is one JSON document (the OpenAPI contract test parses every one).
 */
final class PlanningExamples {

  // The parts that several examples share, each written once.

  private static final String CAMAT = """
      {"nip": "197906081998021001", "nama": "Joko Setiawan, S.STP., M.Si.", "jabatan": "Camat Mlarak", "peran": "CAMAT",
       "unitKode": "KEC", "pangkat": "Pembina Tingkat I (IV/b)"}""";

  /** The Camat as a PK names him (pihakPertama). */
  private static final String CAMAT_REF = """
      {"nip": "197906081998021001", "nama": "Joko Setiawan, S.STP., M.Si."}""";

  private static final String BUPATI = """
      {"nama": "H. Sugiri Sancoko, S.E., M.M.", "jabatan": "Bupati Ponorogo", "peran": "BUPATI"}""";

  private static final String KABUPATEN_DOKUMEN = """
      {"kode": "35.02", "nama": "Ponorogo", "negativeFormulaDefault": "TWO_T_MINUS_R", "overallMode": "IKU",
       "floorNegativeAtZero": false, "zonaWaktu": "WIB"}""";

  private static final String KECAMATAN_NAMA = """
      "kode": "35.02.08", "kodeBps": "3502080", "nama": "Mlarak\"""";

  private static final String ALAMAT = """
      "alamat": "Jalan Raya Mlarak-Sambit No.10, Mlarak, Ponorogo, Jawa Timur 63472\"""";

  private static final String DESA_TUGU = """
      {"kode": "35.02.08.2001", "nama": "Tugu", "jenis": "DESA"}""";

  private static final String UNIT_KEC = """
      {"kode": "KEC", "nama": "Kecamatan Mlarak (Camat)"}""";

  /** The kecamatan of the import and export examples: one desa, one unit, its Camat. */
  private static final String KECAMATAN_DOKUMEN = "{" + KECAMATAN_NAMA + ", \"desa\": [" + DESA_TUGU + "], \"unitKerja\": ["
      + UNIT_KEC + "], \"pejabat\": [" + CAMAT + "]}";

  /** The lists of the kecamatan examples: two desa, two units. */
  private static final String DESA_UNIT = """
      "desa": [""" + DESA_TUGU + """
      , {"kode": "35.02.08.2002", "nama": "Candi", "jenis": "DESA"}],
       "unitKerja": [""" + UNIT_KEC + """
      , {"kode": "SEKRET", "nama": "Sekretariat Kecamatan", "indukKode": "KEC"}]""";

  private static final String DIUBAH_PLANNER = """
      "updatedAt": "2024-01-05T09:00:00+07:00", "updatedBy": "planner.ponorogo\"""";

  private static final String RENSTRA_NAMA = """
      "kode": "RENSTRA-MLARAK-2024-2026", "nama": "Review Renstra Kecamatan Mlarak Tahun 2024-2026", "periodeAwal": 2024,
       "periodeAkhir": 2026""";

  private static final String TUJUAN_T1 = """
      {"kode": "T1", "uraian": "Meningkatkan Tata Kelola Penyelenggaraan Pemerintahan Kecamatan\"""";

  private static final String SASARAN_S1 = """
      {"kode": "S1", "uraian": "Meningkatnya Kualitas Pelayanan kepada Masyarakat di Bidang Administrasi\"""";

  private static final String SKM = """
      "kode": "IKU-SKM", "nama": "Nilai Survey Kepuasan Masyarakat (SKM) Pelayanan Administrasi", "satuan": "indeks\"""";

  /** The Renstra's targets of the SKM indicator: yearly and at the end of the period. */
  private static final String SKM_TARGETS = """
      "targetTahunan": [{"tahun": 2024, "target": {"nilai": 80}}, {"tahun": 2025, "target": {"nilai": 85}},
         {"tahun": 2026, "target": {"nilai": 90}}],
       "targetAkhir": {"tahun": 2026, "target": {"nilai": 90}}""";

  /** The SKM indicator's rules with the defaults filled in, as stored and exported. */
  private static final String SKM_RULES = """
      "level": "SASARAN", "iku": true, "polarity": "HIGHER_IS_BETTER", "targetType": "NUMBER",
       "aggregation": "LAST", "twTargetMode": "PER_PERIOD", "zeroTargetRule": "NOT_COMPUTABLE", "precision": 2,
       "evidenceRequired": false, "dueTriwulan": [2, 4]""";

  /** The SKM indicator's rules as a document gives them (the rest defaults). */
  private static final String SKM_RULES_GIVEN = """
      "iku": true, "aggregation": "LAST", "twTargetMode": "PER_PERIOD", "dueTriwulan": [2, 4]""";

  private static final String BASELINE = """
      "baseline": {"tahun": 2023, "nilai": 86.9}""";

  private static final String TARGET_TW2 = """
      "indikatorKode": "IKU-SKM", "target": {"nilai": 80}, "targetTriwulan": [{"triwulan": 2, "target": {"nilai": 77}}]""";

  private static final String ANGGARAN = """
      [{"kode": "7.01.02", "nama": "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", "level": "PROGRAM",
        "pagu": 78287800, "keterangan": "PAPBD"}]""";

  /** The budget by jenis belanja of the same year (docs/domain.md §2.12): a second view, never added to anggaran. */
  private static final String BELANJA = """
      [{"kode": "5.1.02", "nama": "Belanja Barang dan Jasa", "pagu": 70287800,
        "paguTriwulan": [10000000, 20000000, 20000000, 20287800]},
       {"kode": "5.2.02", "nama": "Belanja Modal Peralatan dan Mesin", "pagu": 8000000}]""";

  /** Ponorogo's KINERJA scale of 2024. */
  private static final String BANDS = """
      [{"lower": null, "lowerInclusive": false, "upper": 55, "upperInclusive": false, "skor": 1, "label": "Kurang"},
       {"lower": 55, "lowerInclusive": true, "upper": 70, "upperInclusive": false, "skor": 2, "label": "Cukup"},
       {"lower": 70, "lowerInclusive": true, "upper": 85, "upperInclusive": true, "skor": 3, "label": "Berhasil"},
       {"lower": 85, "lowerInclusive": false, "upper": null, "upperInclusive": false, "skor": 4, "label": "Sangat Berhasil"}]""";

  private static final String SKALA_NAMA = """
      "nama": "Skala Ordinal Pengukuran Capaian Kinerja\"""";

  private static final String CATATAN_SUMBER = """
      "catatanSumber": [{"bagian": "perjanjianKinerja[0]", "sumber": "LKjIP Mlarak 2024, lampiran Reviu Perjanjian Kinerja Tahun 2024"}]""";

  /** The Renstra's period, its tujuan and sasaran S1, up to the name of S1's indicator IKU-SKM. */
  private static final String RENSTRA_TO_SKM = RENSTRA_NAMA + ",\n \"tujuan\": [" + TUJUAN_T1
      + ", \"indikator\": []}],\n \"sasaran\": [" + SASARAN_S1 + ", \"tujuanKode\": \"T1\", \"indikator\": [{" + SKM;

  /** A plan document's master data: its format, kabupaten and kecamatan. */
  private static final String DOKUMEN_MASTER = "\"formatVersi\": 1,\n \"kabupaten\": " + KABUPATEN_DOKUMEN
      + ",\n \"kecamatan\": " + KECAMATAN_DOKUMEN;

  /** The Camat's signed PK of 2024 in a plan document, up to its sasaran. */
  private static final String PK_DOKUMEN = "{\"tahun\": 2024, \"pihakPertama\": " + CAMAT_REF + ",\n \"pihakKedua\": " + BUPATI
      + ",\n \"jenis\": \"PERUBAHAN\", \"versi\": 1, \"tanggal\": \"2024-10-23\", \"ditetapkan\": true";

  private static final String SKALA_DOKUMEN = "\"skalaPredikat\": [{\"tahun\": 2024, \"tujuan\": \"KINERJA\", " + SKALA_NAMA
      + ", \"bands\": " + BANDS + "}]";

  /** The opening of every 400 problem. */
  private static final String INVALID = """
      "type": "https://kinerja.id/problems/validation", "title": "Permintaan tidak valid", "status": 400""";

  private static final String ONE_PAGE = ", \"page\": 0, \"size\": 50, \"total\": 1}";

  // The examples.

  /** Tugas pokok, fungsi and dasar hukum of Mlarak (LKjIP Kecamatan Mlarak 2024, BAB I), shortened. */
  static final String TUGAS_FUNGSI = """
      "tugasPokok": "Melaksanakan tugas yang dilimpahkan oleh Bupati untuk melaksanakan sebagian Urusan Pemerintahan yang menjadi kewenangan kabupaten",
       "fungsi": ["Pelaksanaan tugas-tugas pembinaan wilayah",
        "Pelaporan penyelenggaraan pemerintahan kecamatan kepada Bupati"],
       "dasarHukum": ["Peraturan Bupati Ponorogo Nomor 84 Tahun 2016 tentang Kedudukan, Susunan Organisasi, Uraian Tugas, Fungsi dan Tata Kerja Kecamatan Kabupaten Ponorogo"]""";

  static final String KECAMATAN = "{" + KECAMATAN_NAMA + ",\n " + ALAMAT + ",\n " + DESA_UNIT + """
      ,
       "pejabat": [""" + CAMAT + """
      ,
        {"nip": "197601091995102001", "nama": "Joana Da Costa, S.Sos., M.Si.", "jabatan": "Sekretaris Kecamatan Mlarak",
         "peran": "SEKCAM", "unitKode": "SEKRET", "pangkat": "Pembina (IV/a)"}],
       """ + TUGAS_FUNGSI + "}";

  static final String KECAMATAN_VIEW = "{\"kabupatenKode\": \"35.02\", " + KECAMATAN_NAMA + ",\n " + ALAMAT + ",\n "
      + DESA_UNIT + ",\n \"pejabat\": [" + CAMAT + "],\n " + TUGAS_FUNGSI + ",\n \"versi\": 1, " + DIUBAH_PLANNER + "}";

  static final String KECAMATAN_PAGE = """
      {"items": [{"kabupatenKode": "35.02", "kode": "35.02.08", "kodeBps": "3502080", "nama": "Mlarak", "jumlahDesa": 15,
        "versi": 1}]""" + ONE_PAGE;

  static final String RENSTRA = "{" + RENSTRA_TO_SKM + ", " + SKM_RULES_GIVEN + """
      , "ikuDetail": {"rumus": "Hasil perhitungan Survey Kepuasan Masyarakat (SKM) setiap tahun",
         "sumberData": "Dokumen SKM", "penanggungJawab": "Camat Mlarak"},
       """ + BASELINE + ",\n " + SKM_TARGETS + """
      ,
       "riwayat": [{"tahun": 2022, "realisasi": 79.48}, {"tahun": 2023, "realisasi": 86.9}]}]}]}""";

  static final String RENSTRA_VIEW = "{\"kecamatanKode\": \"35.02.08\", \"versi\": 1, " + DIUBAH_PLANNER + ",\n \"renstra\": {"
      + RENSTRA_TO_SKM + ",\n " + SKM_RULES + ", " + BASELINE + ",\n " + SKM_TARGETS
      + ", \"riwayat\": [{\"tahun\": 2023, \"realisasi\": 86.9}]}]}]}}";

  static final String RENSTRA_PAGE = """
      {"items": [{"kecamatanKode": "35.02.08", "kode": "RENSTRA-MLARAK-2024-2026",
        "nama": "Review Renstra Kecamatan Mlarak Tahun 2024-2026", "periodeAwal": 2024, "periodeAkhir": 2026, "versi": 1}]"""
      + ONE_PAGE;

  static final String PK_DRAFT = "{\"tahun\": 2024, \"pihakPertama\": " + CAMAT_REF + ",\n \"pihakKedua\": " + BUPATI + """
      ,
       "jenis": "PERUBAHAN", "tanggal": "2024-10-23",
       "sasaran": [{"kode": "S1", "indikator": [{""" + TARGET_TW2 + """
      }]},
        {"kode": "S2", "indikator": [{"indikatorKode": "IKU-IDM", "target": {"nilai": 90},
         "targetTriwulan": [{"triwulan": 2, "target": {"nilai": 80}}]}]}],
       "anggaran": """ + ANGGARAN + ",\n \"belanja\": " + BELANJA + "}";

  static final String PK_VIEW = """
      {"id": 12, "kecamatanKode": "35.02.08", "tahun": 2024, "versi": 1, "jenis": "PERUBAHAN", "status": "DRAFT", "revisi": 1,
       "pihakPertama": """ + CAMAT + ",\n \"pihakKedua\": " + BUPATI + """
      ,
       "tanggal": "2024-10-23",
       "sasaran": [{"kode": "S1", "level": "STRATEGIS", "indikator": [{""" + TARGET_TW2 + """
      }]},
        {"kode": "S2", "level": "STRATEGIS", "indikator": [{"indikatorKode": "IKU-IDM", "target": {"nilai": 90},
         "targetTriwulan": [{"triwulan": 2, "target": {"nilai": 80}}]}]}],
       "anggaran": """ + ANGGARAN + ",\n \"belanja\": " + BELANJA + """
      ,
       "ditetapkanAt": null, "ditetapkanBy": null, "updatedAt": "2024-10-23T09:00:00+07:00", "updatedBy": "planner.ponorogo"}""";

  static final String PK_PAGE = """
      {"items": [{"id": 12, "kecamatanKode": "35.02.08", "tahun": 2024, "pihakNama": "Joko Setiawan, S.STP., M.Si.", "versi": 1,
        "jenis": "PERUBAHAN", "status": "DITETAPKAN", "revisi": 2, "tanggal": "2024-10-23", "ditetapkanAt": "2024-10-23T10:00:00+07:00"}]"""
      + ONE_PAGE;

  static final String SKALA = "{" + SKALA_NAMA + ", \"bands\": " + BANDS + "}";

  private static final String NO_GAP = "nilai antara [55; 70) dan (70; 85] tidak masuk rentang mana pun";

  static final String SKALA_GAP = "{" + INVALID + ", \"detail\": \"bands[2]: " + NO_GAP + """
      ",
       "instance": "/api/kabupaten/35.02/skala-predikat/2024/KINERJA",
       "errors": [{"field": "bands[2]", "rule": "no-gap", "message": \"""" + NO_GAP + "\"}]}";

  static final String SKALA_VIEW = "{\"kabupatenKode\": \"35.02\", \"tahun\": 2024, \"tujuan\": \"KINERJA\", " + SKALA_NAMA
      + ", \"versi\": 1,\n \"bands\": " + BANDS + ",\n " + DIUBAH_PLANNER + "}";

  static final String SKALA_PAGE = "{\"items\": [" + SKALA_VIEW + "]" + ONE_PAGE;

  /** Local dates of the kabupaten: entry from 1 Juli through 10 Juli, verification through 19 Juli. */
  static final String JADWAL = """
      {"inputDibuka": "2024-07-01", "inputDitutup": "2024-07-10", "verifikasiDitutup": "2024-07-19"}""";

  /** The same window as date-times with offset. */
  static final String JADWAL_DATE_TIME = """
      {"inputDibuka": "2024-07-01T00:00:00+07:00", "inputDitutup": "2024-07-11T00:00:00+07:00",
       "verifikasiDitutup": "2024-07-20T00:00:00+07:00"}""";

  static final String PERPANJANGAN = """
      {"kecamatanKode": "35.02.08", "sampai": "2024-07-14", "alasan": "Server SIPD tidak dapat diakses 9–10 Juli"}""";

  static final String JADWAL_VIEW = """
      {"kabupatenKode": "35.02", "tahun": 2024, "triwulan": 2, "versi": 2, "zonaWaktu": "WIB",
       "inputDibuka": "2024-07-01T00:00:00+07:00", "inputDitutup": "2024-07-11T00:00:00+07:00", "inputDitutupTanggal": "2024-07-10",
       "verifikasiDitutup": "2024-07-20T00:00:00+07:00", "verifikasiDitutupTanggal": "2024-07-19",
       "perpanjangan": [{"kecamatanKode": "35.02.08", "sampai": "2024-07-15T00:00:00+07:00", "sampaiTanggal": "2024-07-14",
         "alasan": "Server SIPD tidak dapat diakses 9–10 Juli", "oleh": "bagor.ponorogo"}],
       "updatedAt": "2024-07-11T09:00:00+07:00", "updatedBy": "bagor.ponorogo"}""";

  static final String JADWAL_PAGE = "{\"items\": [" + JADWAL_VIEW + "]" + ONE_PAGE;

  private static final String CLOSES_FIRST = "pengisian ditutup (10 Juli 2024 pukul 24.00 WIB) pada saat atau sebelum dibuka "
      + "(11 Juli 2024 pukul 08.00 WIB)";

  static final String JADWAL_CLOSES_FIRST = "{" + INVALID + ", \"detail\": \"inputDitutup: " + CLOSES_FIRST + """
      ",
       "instance": "/api/kabupaten/35.02/jadwal/2024/2",
       "errors": [{"field": "inputDitutup", "rule": "opens-before-closes", "message": \"""" + CLOSES_FIRST + "\"}]}";

  private static final String AFTER_CLOSE = "perpanjangan harus berakhir sesudah pengisian ditutup (10 Juli 2024 pukul 24.00 WIB)";

  static final String PERPANJANGAN_TOO_EARLY = "{" + INVALID + ", \"detail\": \"sampai: " + AFTER_CLOSE + """
      ",
       "instance": "/api/kabupaten/35.02/jadwal/2024/2/perpanjangan",
       "errors": [{"field": "sampai", "rule": "must-be-after-close", "message": \"""" + AFTER_CLOSE + "\"}]}";

  /**
   * The import and the export of the same plan differ in the Renstra indicator's rules (defaults filled in on export),
   * the PK sasaran's level, the jadwal (dates as date-times) and the realisasi of earlier years.
   */
  static final String IMPORT = "{" + DOKUMEN_MASTER + ",\n \"renstra\": {" + RENSTRA_TO_SKM + ", " + SKM_RULES_GIVEN + ",\n "
      + SKM_TARGETS + "}]}]},\n \"perjanjianKinerja\": [" + PK_DOKUMEN + ",\n \"sasaran\": [{\"kode\": \"S1\", \"indikator\": [{"
      + TARGET_TW2 + "}]}],\n \"anggaran\": " + ANGGARAN + "}],\n " + SKALA_DOKUMEN + """
      ,
       "jadwal": [{"tahun": 2024, "triwulan": 2, "inputDibuka": "2024-07-01", "inputDitutup": "2024-07-10"},
         {"tahun": 2024, "triwulan": 4, "inputDibuka": "2025-01-01T00:00:00+07:00", "inputDitutup": "2025-01-11T00:00:00+07:00"}],
       """ + CATATAN_SUMBER + "}";

  static final String EXPORT = "{" + DOKUMEN_MASTER + ",\n \"renstra\": {" + RENSTRA_TO_SKM + ",\n " + SKM_RULES + ",\n "
      + SKM_TARGETS + ", \"riwayat\": []}]}]},\n \"perjanjianKinerja\": [" + PK_DOKUMEN + """
      ,
       "sasaran": [{"kode": "S1", "level": "STRATEGIS", "indikator": [{""" + TARGET_TW2 + "}]}],\n \"anggaran\": " + ANGGARAN
      + "}],\n " + SKALA_DOKUMEN + """
      ,
       "jadwal": [{"tahun": 2024, "triwulan": 2, "inputDibuka": "2024-07-01T00:00:00+07:00", "inputDitutup": "2024-07-11T00:00:00+07:00"}],
       """ + CATATAN_SUMBER + "}";

  static final String IMPORT_RESULT = """
      {"kabupatenKode": "35.02", "kecamatanKode": "35.02.08", "berubah": true,
       "perubahan": ["pengaturan kabupaten 35.02, konfigurasiVersi 1", "data kecamatan 35.02.08", "catatan sumber (catatanSumber)",
         "Renstra RENSTRA-MLARAK-2024-2026", "PK 2024 atas nama Joko Setiawan, S.STP., M.Si. versi 1 ditetapkan",
         "skala predikat KINERJA tahun 2024", "jadwal TW 2 tahun 2024", "jadwal TW 4 tahun 2024",
         "rencana kinerja tahun 2024 diterbitkan, planVersi 1", "rencana kinerja tahun 2025 diterbitkan, planVersi 1",
         "rencana kinerja tahun 2026 diterbitkan, planVersi 1"],
       "rencana": [{"tahun": 2024, "planVersi": 1, "diterbitkan": true}, {"tahun": 2025, "planVersi": 1, "diterbitkan": true},
         {"tahun": 2026, "planVersi": 1, "diterbitkan": true}],
       "peringatan": []}""";

  static final String IMPORT_ERRORS = "{" + INVALID + """
      ,
       "detail": "3 isian tidak valid", "instance": "/api/rencana-import",
       "errors": [
        {"field": "renstra.sasaran[0].indikator[0].targetTahunan", "rule": "target-required-for-year",
         "message": "indikator IKU-SKM belum mempunyai target tahun 2026"},
        {"field": "perjanjianKinerja[0].sasaran[0].indikator[0].indikatorKode", "rule": "unknown-code",
         "message": "indikator IKU-SKP tidak ada dalam Renstra RENSTRA-MLARAK-2024-2026"},
        {"field": "jadwal[0].inputDitutup", "rule": "must-be-date-or-date-time",
         "message": "nilai harus berupa tanggal menurut zona waktu kabupaten, misalnya 2024-07-10, atau tanggal-waktu ISO-8601 dengan zona waktu, misalnya 2024-07-11T00:00:00+07:00"}]}""";

  static final String RENCANA = """
      {"kabupatenKode": "35.02", "kecamatanKode": "35.02.08", "tahun": 2024, "planVersi": 1,
       "renstra": {""" + RENSTRA_NAMA + """
      },
       "tujuan": [""" + TUJUAN_T1 + "}],\n \"sasaran\": [" + SASARAN_S1 + """
      ,
         "tujuanKode": "T1", "level": "STRATEGIS", "bobot": null}],
       "indikator": [{""" + SKM + """
      ,
         "sasaranKode": "S1", "level": "SASARAN", "anggaranKode": null, "iku": true, "polarity": "HIGHER_IS_BETTER",
         "negativeFormula": "TWO_T_MINUS_R", "targetType": "NUMBER", "aggregation": "LAST", "twTargetMode": "PER_PERIOD",
         "zeroTargetRule": "NOT_COMPUTABLE", "precision": 2, "capaianScoreCap": null, "komponen": null, "evidenceRequired": false,
         "dueTriwulan": [2, 4], "target": {"nilai": 80}, "targetTriwulan": [{"triwulan": 2, "target": {"nilai": 77}}],
         "baseline": {"tahun": 2023, "nilai": 86.9}, "targetAkhir": {"tahun": 2026, "target": {"nilai": 90}},
         "riwayat": [{"tahun": 2022, "realisasi": 79.48}, {"tahun": 2023, "realisasi": 86.9}]}],
       "anggaran": """ + ANGGARAN + ",\n \"belanja\": " + BELANJA + """
      ,
       "perjanjianKinerja": [{"id": "12", "versi": 1, "jenis": "PERUBAHAN", "status": "DITETAPKAN", "tanggal": "2024-10-23",
         "pihakPertama": {"nip": "197906081998021001", "nama": "Joko Setiawan, S.STP., M.Si.", "jabatan": "Camat Mlarak",
           "peran": "CAMAT"},
         "pihakKedua": {"nip": null, "nama": "H. Sugiri Sancoko, S.E., M.M.", "jabatan": "Bupati Ponorogo", "peran": "BUPATI"},
         "indikatorKode": ["IKU-SKM"], "anggaranKode": ["7.01.02"]}]}""";

  private static final String DITETAPKAN_IMMUTABLE = "PK 2024 versi 1 atas nama Joko Setiawan, S.STP., M.Si. sudah ditetapkan "
      + "dan tidak dapat diubah; buat draf versi baru (PK perubahan)";

  static final String PK_VERSI_UNKNOWN = """
      {"type": "https://kinerja.id/problems/validation", "title": "Permintaan tidak valid", "status": 400,
       "detail": "versi: PK Joko Setiawan, S.STP., M.Si. tahun 2024 tidak mempunyai versi 3; versinya: 1; 2",
       "errors": [{"field": "versi", "rule": "unknown-code",
         "message": "PK Joko Setiawan, S.STP., M.Si. tahun 2024 tidak mempunyai versi 3; versinya: 1; 2"}]}""";

  static final String PK_IMMUTABLE = """
      {"type": "https://kinerja.id/problems/conflict", "title": "Bertentangan dengan keadaan saat ini", "status": 409,
       "detail": \"""" + DITETAPKAN_IMMUTABLE + """
      ", "instance": "/api/kecamatan/35.02.08/perjanjian-kinerja/12",
       "errors": [{"field": "status", "rule": "pk-ditetapkan-immutable", "message": \"""" + DITETAPKAN_IMMUTABLE + "\"}]}";

  private static final String PAGU_SUM_MISMATCH = "pagu baris 7.01.01 dalam PK ini 1.990.713.900, tetapi jumlah sub-barisnya "
      + "dalam PK tahun ini 83.365.330; cantumkan semua sub-barisnya atau tidak satu pun";

  static final String PK_PLAN_CONFLICT = """
      {"type": "https://kinerja.id/problems/rule-violation", "title": "Tidak diizinkan oleh aturan", "status": 422,
       "detail": "anggaran[0].pagu:\s""" + PAGU_SUM_MISMATCH + """
      ", "instance": "/api/kecamatan/35.02.08/perjanjian-kinerja/12/penetapan",
       "errors": [{"field": "anggaran[0].pagu", "rule": "pagu-sum-mismatch", "message": \"""" + PAGU_SUM_MISMATCH + "\"}]}";

  static final String IKU_PAGE = """
      {"items": [{"kode": "IKU-SKM", "nama": "Nilai Survey Kepuasan Masyarakat (SKM) Pelayanan Administrasi", "satuan": "indeks",
        "sasaranKode": "S1",
        "definisi": "Hasil perhitungan Survey Kepuasan Masyarakat (SKM) setiap tahun atas pelayanan administrasi di Kecamatan Mlarak.",
        "rumus": "Hasil perhitungan Survey Kepuasan Masyarakat (SKM) setiap tahun (nilai IKM unit pelayanan, skala 25-100).",
        "sumberData": "Dokumen SKM", "penanggungJawab": "Camat Mlarak", "polarity": "HIGHER_IS_BETTER",
        "target": {"nilai": 80}, "targetAkhir": {"tahun": 2026, "target": {"nilai": 90}}},
       {"kode": "IKU-IDM", "nama": "Persentase Desa yang Meningkat Skor Indeks Desa Membangun (IDM)-nya", "satuan": "%",
        "sasaranKode": "S2",
        "definisi": "Persentase desa di Kecamatan Mlarak yang skor IDM-nya meningkat dibanding tahun sebelumnya (n-1).",
        "rumus": "Jumlah desa yang meningkat skor IDM-nya / jumlah desa se-kecamatan x 100 %",
        "sumberData": "Laporan Hasil Monitoring & Evaluasi Desa (Data IDM)", "penanggungJawab": "Camat Mlarak",
        "polarity": "HIGHER_IS_BETTER", "target": {"nilai": 90}, "targetAkhir": {"tahun": 2026, "target": {"nilai": 90}}}],
       "page": 0, "size": 50, "total": 2}""";

  private PlanningExamples() {
  }

  /** A multipart body has no JSON form: the part, with what it holds. */
  static final String WORKBOOK_UPLOAD = """
      {"berkas": "rencana-35.02.08-2024.xlsx: the workbook as downloaded from GET /api/kecamatan/35.02.08/rencana-workbook, filled in"}""";

  static final String WORKBOOK_PREVIEW = """
      {"kabupatenKode": "35.02", "kecamatanKode": "35.02.08", "dapatDiterapkan": true, "berubah": true,
       "perubahan": ["Renstra RENSTRA-MLARAK-2024-2026", "rencana kinerja tahun 2024 diterbitkan, planVersi 2"],
       "rencana": [{"tahun": 2024, "planVersi": 2, "diterbitkan": true}, {"tahun": 2025, "planVersi": 1, "diterbitkan": false},
         {"tahun": 2026, "planVersi": 1, "diterbitkan": false}],
       "peringatan": [], "errors": []}""";

  static final String WORKBOOK_PREVIEW_REFUSED = """
      {"kabupatenKode": "35.02", "kecamatanKode": "35.02.08", "dapatDiterapkan": false, "berubah": false,
       "perubahan": [], "rencana": [], "peringatan": [],
       "errors": [
        {"field": "Renstra!J4", "rule": "number-as-printed", "message": "pengelompokan ribuan salah dalam \\"1.05\\""},
        {"field": "Renstra!C5", "rule": "required", "message": "kode wajib diisi"},
        {"field": "'PK Indikator'!F6", "rule": "unknown-code", "message": "indikator IKU-SKP tidak ada dalam Renstra RENSTRA-MLARAK-2024-2026"}]}""";

  static final String WORKBOOK_REFUSED = "{" + INVALID + """
      ,
       "detail": "body: berkas .xls (Excel 97–2003) atau berkas berkata sandi tidak dibaca: buka di Excel atau LibreOffice, lalu simpan sebagai .xlsx tanpa kata sandi",
       "instance": "/api/kecamatan/35.02.08/rencana-workbook/preview",
       "errors": [{"field": "body", "rule": "must-be-xlsx", "message": "berkas .xls (Excel 97–2003) atau berkas berkata sandi tidak dibaca: buka di Excel atau LibreOffice, lalu simpan sebagai .xlsx tanpa kata sandi"}]}""";

  static final String WORKBOOK_ERRORS = "{" + INVALID + """
      ,
       "detail": "2 isian tidak valid", "instance": "/api/kecamatan/35.02.08/rencana-workbook/apply",
       "errors": [
        {"field": "Renstra!K4", "rule": "target-required-for-year", "message": "indikator IKU-SKM belum mempunyai target tahun 2026"},
        {"field": "Anggaran!G7", "rule": "pagu-triwulan-sum", "message": "jumlah pagu triwulan 7.01.01.2.01.0001 adalah 4.000.000, tidak sama dengan pagunya 5.000.000"}]}""";

  static final String PENERIMA_PENGGUNA_REQUEST = """
      {"nama": "Sri Wahyuni", "surel": "operator.mlarak@ponorogo.go.id", "peran": "operator", "kecamatanKode": "35.02.08",
       "berhentiBerlangganan": false}""";

  static final String PENERIMA_PENGGUNA = """
      {"id": "pengguna:operator.mlarak", "jenis": "PENGGUNA", "kunci": "operator.mlarak", "nama": "Sri Wahyuni",
       "surel": "operator.mlarak@ponorogo.go.id", "berhentiBerlangganan": false,
       "tugas": [{"peran": "operator", "kecamatanKode": "35.02.08"}], "versi": 1,
       "diubahPada": "2024-07-01T08:00:00+07:00", "diubahOleh": "planner.ponorogo"}""";

  static final String PENERIMA_PEJABAT_REQUEST = """
      {"surel": "camat.mlarak@ponorogo.go.id"}""";

  static final String PENERIMA_PEJABAT = """
      {"id": "pejabat:197906081998021001", "jenis": "PEJABAT", "kunci": "197906081998021001",
       "nama": "Joko Setiawan, S.STP., M.Si.", "surel": "camat.mlarak@ponorogo.go.id", "berhentiBerlangganan": false,
       "tugas": [{"peran": "verifier", "kecamatanKode": "35.02.08"}], "versi": 1,
       "diubahPada": "2024-07-01T08:00:00+07:00", "diubahOleh": "planner.ponorogo"}""";

  static final String PENERIMA_PAGE = "{\"items\": [" + PENERIMA_PEJABAT + "]" + ONE_PAGE;

  private static final String BAD_SUREL = "bukan alamat surel yang sah: \\\"operator.mlarak\\\" (contoh: nama@ponorogo.go.id)";

  static final String PENERIMA_BAD_SUREL = "{" + INVALID + ", \"detail\": \"surel: " + BAD_SUREL + """
      ",
       "instance": "/api/kabupaten/35.02/penerima/pengguna/operator.mlarak",
       "errors": [{"field": "surel", "rule": "must-be-email", "message": \"""" + BAD_SUREL + "\"}]}";

  private static final String UNKNOWN_NIP = "tidak ada pejabat dengan NIP 199001012020121001 di kecamatan mana pun di kabupaten 35.02";

  static final String PENERIMA_UNKNOWN_NIP = "{" + INVALID + ", \"detail\": \"nip: " + UNKNOWN_NIP + """
      ",
       "instance": "/api/kabupaten/35.02/penerima/pejabat/199001012020121001",
       "errors": [{"field": "nip", "rule": "unknown-code", "message": \"""" + UNKNOWN_NIP + "\"}]}";
}
