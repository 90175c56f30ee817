package id.kinerja.planning.rest;

/** OpenAPI examples, modelled on Kecamatan Mlarak, Kabupaten Ponorogo (LKjIP 2024). */
final class PlanningExamples {

  static final String KECAMATAN = """
      {"kode": "35.02.14", "kodeBps": "3502140", "nama": "Mlarak", "alamat": "Jalan Raya Mlarak-Sambit No.10, Mlarak, Ponorogo",
       "desa": [{"kode": "35.02.14.2001", "nama": "Tugu", "jenis": "DESA"}, {"kode": "35.02.14.2002", "nama": "Candi", "jenis": "DESA"}],
       "unitKerja": [{"kode": "KEC", "nama": "Kecamatan Mlarak"}, {"kode": "SEKRE", "nama": "Sekretariat Kecamatan", "indukKode": "KEC"}],
       "pejabat": [{"nip": "197906081998021001", "nama": "Joko Setiawan, S.STP., M.Si", "jabatan": "Camat Mlarak", "peran": "CAMAT",
         "unitKode": "KEC", "pangkat": "Pembina Tingkat I (IV/b)"},
        {"nip": "197601091995102001", "nama": "Joana Da Costa, S.Sos., M.Si.", "jabatan": "Sekretaris Kecamatan Mlarak",
         "peran": "SEKCAM", "unitKode": "SEKRE"}]}""";

  static final String KECAMATAN_VIEW = """
      {"kabupatenKode": "35.02", "kode": "35.02.14", "kodeBps": "3502140", "nama": "Mlarak",
       "alamat": "Jalan Raya Mlarak-Sambit No.10, Mlarak, Ponorogo",
       "desa": [{"kode": "35.02.14.2001", "nama": "Tugu", "jenis": "DESA"}],
       "unitKerja": [{"kode": "KEC", "nama": "Kecamatan Mlarak"}],
       "pejabat": [{"nip": "197906081998021001", "nama": "Joko Setiawan, S.STP., M.Si", "jabatan": "Camat Mlarak", "peran": "CAMAT"}],
       "versi": 1, "updatedAt": "2024-01-05T02:00:00Z", "updatedBy": "planner.ponorogo"}""";

  static final String KECAMATAN_PAGE = """
      {"items": [{"kabupatenKode": "35.02", "kode": "35.02.14", "kodeBps": "3502140", "nama": "Mlarak", "jumlahDesa": 15,
        "versi": 1}], "page": 0, "size": 50, "total": 1}""";

  static final String RENSTRA = """
      {"kode": "RENSTRA-2024-2026", "nama": "Review Renstra Kecamatan Mlarak 2024–2026", "periodeAwal": 2024, "periodeAkhir": 2026,
       "tujuan": [{"kode": "T1", "uraian": "Meningkatkan tata kelola penyelenggaraan pemerintahan kecamatan", "indikator": []}],
       "sasaran": [{"kode": "SS1", "uraian": "Meningkatnya kualitas pelayanan kepada masyarakat di bidang administrasi",
         "tujuanKode": "T1", "indikator": [{"kode": "SS1-01", "nama": "Nilai Survey Kepuasan Masyarakat (SKM) Pelayanan Administrasi",
           "satuan": "indeks", "iku": true, "ikuDetail": {"rumus": "Hasil perhitungan SKM setiap tahun", "sumberData": "Dokumen SKM",
           "penanggungJawab": "Camat Mlarak"}, "aggregation": "LAST", "twTargetMode": "PER_PERIOD", "dueTriwulan": [2, 4],
           "baseline": {"tahun": 2023, "nilai": 86.9},
           "targetTahunan": [{"tahun": 2024, "target": {"nilai": 80}}, {"tahun": 2025, "target": {"nilai": 85}},
             {"tahun": 2026, "target": {"nilai": 90}}],
           "targetAkhir": {"tahun": 2026, "target": {"nilai": 90}},
           "riwayat": [{"tahun": 2022, "realisasi": 79.48}, {"tahun": 2023, "realisasi": 86.9}]}]}]}""";

  static final String RENSTRA_VIEW = """
      {"kecamatanKode": "35.02.14", "versi": 1, "updatedAt": "2024-01-05T02:00:00Z", "updatedBy": "planner.ponorogo",
       "renstra": {"kode": "RENSTRA-2024-2026", "nama": "Review Renstra Kecamatan Mlarak 2024–2026", "periodeAwal": 2024,
        "periodeAkhir": 2026, "tujuan": [{"kode": "T1", "uraian": "Meningkatkan tata kelola penyelenggaraan pemerintahan kecamatan",
        "indikator": []}], "sasaran": []}}""";

  static final String RENSTRA_PAGE = """
      {"items": [{"kecamatanKode": "35.02.14", "kode": "RENSTRA-2024-2026", "nama": "Review Renstra Kecamatan Mlarak 2024–2026",
        "periodeAwal": 2024, "periodeAkhir": 2026, "versi": 1}], "page": 0, "size": 50, "total": 1}""";

  static final String PK_DRAFT = """
      {"tahun": 2024, "pihakPertama": {"nip": "197906081998021001", "nama": "Joko Setiawan, S.STP., M.Si"},
       "pihakKedua": {"nama": "H. Sugiri Sancoko, S.E., M.M.", "jabatan": "Bupati Ponorogo", "peran": "BUPATI"},
       "jenis": "AWAL", "tanggal": "2024-01-31",
       "sasaran": [{"kode": "SS1", "indikator": [{"indikatorKode": "SS1-01", "target": {"nilai": 80},
         "targetTriwulan": [{"triwulan": 2, "target": {"nilai": 77}}]}]}],
       "anggaran": [{"kode": "7.01.02", "nama": "Penyelenggaraan Pemerintahan dan Pelayanan Publik", "level": "PROGRAM",
         "pagu": 78287800, "sasaranKode": "SS1", "keterangan": "APBD"}]}""";

  static final String PK_VIEW = """
      {"id": 12, "kecamatanKode": "35.02.14", "tahun": 2024, "versi": 1, "jenis": "AWAL", "status": "DRAFT", "revisi": 1,
       "pihakPertama": {"nip": "197906081998021001", "nama": "Joko Setiawan, S.STP., M.Si", "jabatan": "Camat Mlarak", "peran": "CAMAT"},
       "pihakKedua": {"nama": "H. Sugiri Sancoko, S.E., M.M.", "jabatan": "Bupati Ponorogo", "peran": "BUPATI"},
       "tanggal": "2024-01-31",
       "sasaran": [{"kode": "SS1", "level": "STRATEGIS", "indikator": [{"indikatorKode": "SS1-01", "target": {"nilai": 80},
         "targetTriwulan": [{"triwulan": 2, "target": {"nilai": 77}}]}]}],
       "anggaran": [{"kode": "7.01.02", "nama": "Penyelenggaraan Pemerintahan dan Pelayanan Publik", "level": "PROGRAM",
         "pagu": 78287800, "sasaranKode": "SS1", "keterangan": "APBD"}],
       "ditetapkanAt": null, "ditetapkanBy": null, "updatedAt": "2024-01-31T02:00:00Z", "updatedBy": "planner.ponorogo"}""";

  static final String PK_PAGE = """
      {"items": [{"id": 12, "kecamatanKode": "35.02.14", "tahun": 2024, "pihakNama": "Joko Setiawan, S.STP., M.Si", "versi": 1,
        "jenis": "AWAL", "status": "DITETAPKAN", "revisi": 2, "tanggal": "2024-01-31", "ditetapkanAt": "2024-01-31T03:00:00Z"}],
       "page": 0, "size": 50, "total": 1}""";

  static final String SKALA = """
      {"nama": "Skala ordinal pengukuran capaian kinerja", "bands": [
        {"lower": null, "lowerInclusive": false, "upper": 55, "upperInclusive": false, "skor": 1, "label": "Kurang"},
        {"lower": 55, "lowerInclusive": true, "upper": 70, "upperInclusive": false, "skor": 2, "label": "Cukup"},
        {"lower": 70, "lowerInclusive": true, "upper": 85, "upperInclusive": true, "skor": 3, "label": "Berhasil"},
        {"lower": 85, "lowerInclusive": false, "upper": null, "upperInclusive": false, "skor": 4, "label": "Sangat Berhasil"}]}""";

  static final String SKALA_GAP = """
      {"type": "https://kinerja.id/problems/validation", "title": "Invalid request", "status": 400,
       "detail": "bands[2]: values between [55, 70) and (70, 85] have no band", "instance": "/api/kabupaten/35.02/skala-predikat/2024/KINERJA",
       "errors": [{"field": "bands[2]", "rule": "no-gap", "message": "values between [55, 70) and (70, 85] have no band"}]}""";

  static final String SKALA_VIEW = """
      {"kabupatenKode": "35.02", "tahun": 2024, "tujuan": "KINERJA", "nama": "Skala ordinal pengukuran capaian kinerja", "versi": 1,
       "bands": [{"lower": null, "lowerInclusive": false, "upper": 55, "upperInclusive": false, "skor": 1, "label": "Kurang"},
        {"lower": 55, "lowerInclusive": true, "upper": null, "upperInclusive": false, "skor": 2, "label": "Cukup atau lebih"}],
       "updatedAt": "2024-01-05T02:00:00Z", "updatedBy": "planner.ponorogo"}""";

  static final String SKALA_PAGE = "{\"items\": [" + SKALA_VIEW + "], \"page\": 0, \"size\": 50, \"total\": 1}";

  static final String JADWAL = """
      {"inputDibuka": "2024-07-01T00:00:00+07:00", "inputDitutup": "2024-07-11T00:00:00+07:00",
       "verifikasiDitutup": "2024-07-20T00:00:00+07:00"}""";

  static final String PERPANJANGAN = """
      {"kecamatanKode": "35.02.14", "sampai": "2024-07-15T00:00:00+07:00", "alasan": "Server SIPD tidak dapat diakses 9–10 Juli"}""";

  static final String JADWAL_VIEW = """
      {"kabupatenKode": "35.02", "tahun": 2024, "triwulan": 2, "versi": 2, "inputDibuka": "2024-06-30T17:00:00Z",
       "inputDitutup": "2024-07-10T17:00:00Z", "verifikasiDitutup": "2024-07-19T17:00:00Z",
       "perpanjangan": [{"kecamatanKode": "35.02.14", "sampai": "2024-07-14T17:00:00Z",
         "alasan": "Server SIPD tidak dapat diakses 9–10 Juli", "oleh": "planner.ponorogo"}],
       "updatedAt": "2024-07-11T02:00:00Z", "updatedBy": "planner.ponorogo"}""";

  static final String JADWAL_PAGE = "{\"items\": [" + JADWAL_VIEW + "], \"page\": 0, \"size\": 50, \"total\": 1}";

  static final String IMPORT = """
      {"formatVersi": 1,
       "kabupaten": {"kode": "35.02", "nama": "Ponorogo", "negativeFormulaDefault": "TWO_T_MINUS_R", "overallMode": "IKU"},
       "kecamatan": {"kode": "35.02.14", "nama": "Mlarak", "desa": [{"kode": "35.02.14.2001", "nama": "Tugu", "jenis": "DESA"}],
         "pejabat": [{"nip": "197906081998021001", "nama": "Joko Setiawan, S.STP., M.Si", "jabatan": "Camat Mlarak", "peran": "CAMAT"}]},
       "renstra": {"kode": "RENSTRA-2024-2026", "periodeAwal": 2024, "periodeAkhir": 2026, "tujuan": [],
         "sasaran": [{"kode": "SS1", "uraian": "Meningkatnya kualitas pelayanan kepada masyarakat di bidang administrasi",
           "indikator": [{"kode": "SS1-01", "nama": "Nilai SKM Pelayanan Administrasi", "satuan": "indeks", "iku": true,
             "aggregation": "LAST", "targetTahunan": [{"tahun": 2024, "target": {"nilai": 80}},
             {"tahun": 2025, "target": {"nilai": 85}}, {"tahun": 2026, "target": {"nilai": 90}}],
             "targetAkhir": {"tahun": 2026, "target": {"nilai": 90}}}]}]},
       "perjanjianKinerja": [{"tahun": 2024, "pihakPertama": {"nip": "197906081998021001", "nama": "Joko Setiawan, S.STP., M.Si"},
         "jenis": "PERUBAHAN", "versi": 1, "tanggal": "2024-10-23", "ditetapkan": true,
         "sasaran": [{"kode": "SS1", "indikator": [{"indikatorKode": "SS1-01", "target": {"nilai": 80}}]}],
         "anggaran": [{"kode": "7.01.02", "nama": "Penyelenggaraan Pemerintahan dan Pelayanan Publik", "level": "PROGRAM",
           "pagu": 78287800, "keterangan": "PAPBD"}]}],
       "catatanSumber": [{"bagian": "perjanjianKinerja[0]", "sumber": "LKjIP Mlarak 2024, lampiran Reviu Perjanjian Kinerja"}]}""";

  static final String IMPORT_RESULT = """
      {"kabupatenKode": "35.02", "kecamatanKode": "35.02.14", "berubah": true,
       "perubahan": ["kabupaten 35.02 settings, konfigurasiVersi 1", "kecamatan 35.02.14", "catatanSumber",
         "renstra RENSTRA-2024-2026", "PK 2024 Joko Setiawan, S.STP., M.Si versi 1 ditetapkan", "rencana 2024 planVersi 1",
         "rencana 2025 planVersi 1", "rencana 2026 planVersi 1"],
       "rencana": [{"tahun": 2024, "planVersi": 1, "diterbitkan": true}, {"tahun": 2025, "planVersi": 1, "diterbitkan": true},
         {"tahun": 2026, "planVersi": 1, "diterbitkan": true}],
       "peringatan": []}""";

  static final String IMPORT_ERRORS = """
      {"type": "https://kinerja.id/problems/validation", "title": "Invalid request", "status": 400, "detail": "3 fields are invalid",
       "instance": "/api/rencana-import",
       "errors": [
        {"field": "renstra.sasaran[0].indikator[0].targetTahunan", "rule": "target-required-for-year",
         "message": "indicator SS1-01 has no target for 2026"},
        {"field": "perjanjianKinerja[0].sasaran[0].indikator[0].indikatorKode", "rule": "unknown-code",
         "message": "indicator SS1-09 is not in the Renstra RENSTRA-2024-2026"},
        {"field": "perjanjianKinerja[1]", "rule": "pk-ditetapkan-immutable",
         "message": "version 1 of Joko Setiawan, S.STP., M.Si's PK 2024 is ditetapkan and cannot change; add a new version (jenis PERUBAHAN, versi 2)"}]}""";

  static final String RENCANA = """
      {"kabupatenKode": "35.02", "kecamatanKode": "35.02.14", "tahun": 2024, "planVersi": 1,
       "renstra": {"kode": "RENSTRA-2024-2026", "nama": null, "periodeAwal": 2024, "periodeAkhir": 2026},
       "tujuan": [], "sasaran": [{"kode": "SS1", "uraian": "Meningkatnya kualitas pelayanan kepada masyarakat di bidang administrasi",
         "tujuanKode": null, "level": "STRATEGIS", "bobot": null}],
       "indikator": [{"kode": "SS1-01", "nama": "Nilai SKM Pelayanan Administrasi", "satuan": "indeks", "sasaranKode": "SS1",
         "level": "SASARAN", "anggaranKode": null, "iku": true, "polarity": "HIGHER_IS_BETTER", "negativeFormula": "TWO_T_MINUS_R",
         "targetType": "NUMBER", "aggregation": "LAST", "twTargetMode": "NONE", "zeroTargetRule": "NOT_COMPUTABLE", "precision": 2,
         "capaianScoreCap": null, "komponen": null, "evidenceRequired": false, "dueTriwulan": [1, 2, 3, 4],
         "target": {"nilai": 80}, "targetTriwulan": [], "baseline": null, "targetAkhir": {"tahun": 2026, "target": {"nilai": 90}},
         "riwayat": []}],
       "anggaran": [{"kode": "7.01.02", "nama": "Penyelenggaraan Pemerintahan dan Pelayanan Publik", "level": "PROGRAM",
         "pagu": 78287800, "keterangan": "PAPBD"}],
       "perjanjianKinerja": [{"id": "12", "versi": 1, "jenis": "PERUBAHAN", "status": "DITETAPKAN", "tanggal": "2024-10-23",
         "pihakPertama": {"nip": "197906081998021001", "nama": "Joko Setiawan, S.STP., M.Si", "jabatan": "Camat Mlarak",
           "peran": "CAMAT"}, "pihakKedua": null, "indikatorKode": ["SS1-01"], "anggaranKode": ["7.01.02"]}]}""";

  static final String PK_IMMUTABLE = """
      {"type": "https://kinerja.id/problems/conflict", "title": "Conflict with current state", "status": 409,
       "detail": "PK 2024 versi 1 of Joko Setiawan, S.STP., M.Si is ditetapkan and cannot change; draft a new version (PK perubahan) instead",
       "instance": "/api/kecamatan/35.02.14/perjanjian-kinerja/12",
       "errors": [{"field": "status", "rule": "pk-ditetapkan-immutable",
         "message": "PK 2024 versi 1 of Joko Setiawan, S.STP., M.Si is ditetapkan and cannot change; draft a new version (PK perubahan) instead"}]}""";

  static final String PK_PLAN_CONFLICT = """
      {"type": "https://kinerja.id/problems/rule-violation", "title": "Not allowed by the rules", "status": 422,
       "detail": "anggaran[0].pagu: line 7.01.01 has pagu 1.990.713.900 in this PK, but its sub-lines in the PKs of the year sum to 83.365.330; list all of its sub-lines or none",
       "instance": "/api/kecamatan/35.02.14/perjanjian-kinerja/12/penetapan",
       "errors": [{"field": "anggaran[0].pagu", "rule": "pagu-sum-mismatch",
         "message": "line 7.01.01 has pagu 1.990.713.900 in this PK, but its sub-lines in the PKs of the year sum to 83.365.330; list all of its sub-lines or none"}]}""";

  static final String IKU_PAGE = """
      {"items": [{"kode": "IKU-SKM", "nama": "Nilai Survey Kepuasan Masyarakat (SKM) Pelayanan Administrasi", "satuan": "indeks",
        "sasaranKode": "S1", "definisi": "Hasil perhitungan SKM setiap tahun", "rumus": "Hasil perhitungan SKM setiap tahun",
        "sumberData": "Dokumen SKM", "penanggungJawab": "Camat Mlarak", "polarity": "HIGHER_IS_BETTER",
        "target": {"nilai": 80}, "targetAkhir": {"tahun": 2026, "target": {"nilai": 90}}}], "page": 0, "size": 50, "total": 1}""";

  private PlanningExamples() {
  }
}
