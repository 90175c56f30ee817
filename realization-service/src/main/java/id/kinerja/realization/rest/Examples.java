package id.kinerja.realization.rest;

/**
 * OpenAPI examples of the mobile and portal flows, with the demo data (docs/demo-data.md): Kecamatan Mlarak 35.02.08,
 * Kabupaten Ponorogo 35.02, TW IV 2024 (entry window 1–10 January 2025 WIB), its indicators (IKU-SKM, IKU-IDM,
 * TRANTIB-KASUS …) and its program budget lines (7.01.05 pagu 11.000.000, 7.01.06 pagu 36.452.800).
 */
final class Examples {

  static final String SUBMIT_VALUE = """
      {"keadaan": "REPORTED", "nilai": 99, "satuan": "indeks",
       "faktorPendukung": "Pelayanan administrasi kependudukan tepat waktu",
       "faktorPenghambat": "Sebagian responden belum terbiasa dengan survei daring",
       "tindakLanjut": "Survei SKM dilanjutkan setiap semester",
       "buktiTautan": ["https://drive.example.id/bukti/skm-2024.pdf"], "ajukan": true}""";

  static final String DRAFT_KOMPONEN = """
      {"keadaan": "REPORTED", "pembilang": 15, "penyebut": 15, "ajukan": false}""";

  static final String ZERO_IS_A_VALUE = """
      {"keadaan": "REPORTED", "nilai": 0, "satuan": "kasus", "ajukan": true}""";

  static final String NOT_APPLICABLE = """
      {"keadaan": "NOT_APPLICABLE", "alasan": "Tidak ada tahapan pemilu pada TW IV 2024", "ajukan": true}""";

  static final String CLEARS_OMITTED = """
      {"keadaan": "REPORTED", "nilai": 99, "faktorPendukung": "Pelayanan administrasi kependudukan tepat waktu",
       "ajukan": false}""";

  static final String VERSION = """
      {"kecamatanKode": "35.02.08", "tahun": 2024, "triwulan": 4, "indikatorKode": "IKU-SKM", "versi": 1, "revisi": 2,
       "terkini": true, "status": "SUBMITTED", "keadaan": "REPORTED", "nilai": 99, "pembilang": null, "penyebut": null,
       "teks": null, "capaianManual": null, "alasan": null,
       "faktorPendukung": "Pelayanan administrasi kependudukan tepat waktu",
       "faktorPenghambat": "Sebagian responden belum terbiasa dengan survei daring",
       "tindakLanjut": "Survei SKM dilanjutkan setiap semester", "alasanKoreksi": null, "pengembalian": null,
       "terlambat": false,
       "bukti": [{"id": "6f1c2d1e-8a55-4a8e-9c57-0f4c1b0f7a11", "jenis": "LINK", "url": "https://drive.example.id/bukti/skm-2024.pdf",
         "namaBerkas": null, "tipe": null, "ukuran": null, "sha256": null, "keterangan": null, "diunggahOleh": "operator.mlarak",
         "diunggahPada": "2025-01-06T09:00:00+07:00", "unduh": null}],
       "dibuatOleh": "operator.mlarak", "dibuatPada": "2025-01-06T09:00:00+07:00", "diubahOleh": "operator.mlarak",
       "diubahPada": "2025-01-06T09:00:00+07:00", "diajukanOleh": "operator.mlarak", "diajukanPada": "2025-01-06T09:00:00+07:00",
       "diverifikasiOleh": null, "diverifikasiPada": null, "disahkanOleh": null, "disahkanPada": null}""";

  static final String CORRECTION = """
      {"alasanKoreksi": "Salah ketik: nilai SKM 99, bukan 98", "keadaan": "REPORTED", "nilai": 99,
       "buktiTautan": ["https://drive.example.id/bukti/skm-2024-rev.pdf"], "ajukan": true}""";

  static final String CORRECTED_VERSION = """
      {"kecamatanKode": "35.02.08", "tahun": 2024, "triwulan": 4, "indikatorKode": "IKU-SKM", "versi": 2, "revisi": 6,
       "terkini": true, "status": "SUBMITTED", "keadaan": "REPORTED", "nilai": 99, "pembilang": null, "penyebut": null,
       "teks": null, "capaianManual": null, "alasan": null, "faktorPendukung": null, "faktorPenghambat": null,
       "tindakLanjut": null, "alasanKoreksi": "Salah ketik: nilai SKM 99, bukan 98", "pengembalian": null,
       "terlambat": false, "bukti": [{"id": "0b7e4c2a-1d3f-4e5a-9b6c-7d8e9f0a1b2c", "jenis": "LINK",
         "url": "https://drive.example.id/bukti/skm-2024-rev.pdf", "namaBerkas": null, "tipe": null, "ukuran": null,
         "sha256": null, "keterangan": null, "diunggahOleh": "operator.mlarak", "diunggahPada": "2025-01-08T09:00:00+07:00",
         "unduh": null}],
       "dibuatOleh": "operator.mlarak", "dibuatPada": "2025-01-08T09:00:00+07:00", "diubahOleh": "operator.mlarak",
       "diubahPada": "2025-01-08T09:00:00+07:00", "diajukanOleh": "operator.mlarak", "diajukanPada": "2025-01-08T09:00:00+07:00",
       "diverifikasiOleh": null, "diverifikasiPada": null, "disahkanOleh": null, "disahkanPada": null}""";

  static final String RETURN = """
      {"alasanKode": "REALISASI_DITELITI_ULANG", "alasan": "Jumlah desa pada pembilang tidak sesuai data IDM"}""";

  static final String BATCH = """
      {"ajukan": true,
       "indikator": [
         {"indikatorKode": "IKU-SKM", "keadaan": "REPORTED", "nilai": 99, "buktiTautan": ["https://drive.example.id/bukti/skm-2024.pdf"]},
         {"indikatorKode": "IKU-IDM", "keadaan": "REPORTED", "pembilang": 15, "penyebut": 15},
         {"indikatorKode": "TRANTIB-KASUS", "revisi": 3, "keadaan": "REPORTED", "nilai": 0}],
       "anggaran": [
         {"anggaranKode": "7.01.05", "nilai": 11000000},
         {"anggaranKode": "7.01.06", "nilai": 10350000, "keterangan": "Honorarium tim pembina desa"}]}""";

  static final String BATCH_RESULT = """
      {"kecamatanKode": "35.02.08", "tahun": 2024, "triwulan": 4, "revisi": 14, "hasil": [
        {"jenis": "INDIKATOR", "index": 0, "kode": "IKU-SKM", "hasil": "CREATED", "versi": 1, "revisi": 2, "status": "SUBMITTED", "peringatan": []},
        {"jenis": "INDIKATOR", "index": 1, "kode": "IKU-IDM", "hasil": "CREATED", "versi": 1, "revisi": 2, "status": "SUBMITTED", "peringatan": []},
        {"jenis": "INDIKATOR", "index": 2, "kode": "TRANTIB-KASUS", "hasil": "UPDATED", "versi": 1, "revisi": 5, "status": "SUBMITTED", "peringatan": []},
        {"jenis": "ANGGARAN", "index": 0, "kode": "7.01.05", "hasil": "CREATED", "versi": 1, "revisi": 2, "status": "SUBMITTED", "peringatan": []},
        {"jenis": "ANGGARAN", "index": 1, "kode": "7.01.06", "hasil": "CREATED", "versi": 1, "revisi": 2, "status": "SUBMITTED",
         "peringatan": [{"field": "anggaran[1].nilai", "rule": "melebihi-pagu", "message": "realisasi s.d. TW 4 (40.350.000) melebihi pagu 7.01.06 (36.452.800); diterima dan ditandai"}]}]}""";

  static final String BATCH_REFUSED = """
      {"type": "https://kinerja.id/problems/rule-violation", "title": "Tidak diizinkan oleh aturan", "status": 422,
       "detail": "2 masalah pada kiriman sekaligus ini; tidak ada yang disimpan", "instance": "/api/kecamatan/35.02.08/realisasi/2024/4/batch",
       "errors": [
         {"field": "indikator[1].nilai", "rule": "must-use-komponen", "message": "IKU-IDM diisi sebagai pembilang (Jumlah desa yang skor IDM tahun n lebih tinggi daripada skor IDM tahun n-1) dan penyebut (Jumlah desa se-kecamatan); nilainya dihitung dari keduanya"},
         {"field": "anggaran[0].anggaranKode", "rule": "must-exist-in-plan", "message": "kode anggaran 7.01.04 tidak ada dalam rencana kinerja kecamatan 35.02.08 tahun 2024"}]}""";

  static final String WINDOW_CLOSED = """
      {"type": "https://kinerja.id/problems/rule-violation", "title": "Tidak diizinkan oleh aturan", "status": 422,
       "detail": "triwulan: pengisian TW 4 2024 ditutup 10 Januari 2025 pukul 24.00 WIB; perlu perpanjangan dari Bagian Organisasi",
       "instance": "/api/kecamatan/35.02.08/realisasi/2024/4/indikator/IKU-SKM",
       "errors": [{"field": "triwulan", "rule": "entry-window-open", "message": "pengisian TW 4 2024 ditutup 10 Januari 2025 pukul 24.00 WIB; perlu perpanjangan dari Bagian Organisasi"}]}""";

  static final String KEY_REUSED = """
      {"type": "https://kinerja.id/problems/conflict", "title": "Bertentangan dengan keadaan saat ini", "status": 409,
       "detail": "Idempotency-Key ini sudah dipakai untuk permintaan lain; gunakan kunci baru untuk permintaan baru",
       "instance": "/api/kecamatan/35.02.08/realisasi/2024/4/indikator/IKU-SKM",
       "errors": [{"field": "Idempotency-Key", "rule": "same-key-same-body", "message": "Idempotency-Key ini sudah dipakai untuk permintaan lain; gunakan kunci baru untuk permintaan baru"}]}""";

  static final String NOT_EDITABLE = """
      {"type": "https://kinerja.id/problems/conflict", "title": "Bertentangan dengan keadaan saat ini", "status": 409,
       "detail": "status: versi 1 berstatus APPROVED: data yang sudah disahkan tidak pernah ditimpa; buka koreksi (versi baru)",
       "instance": "/api/kecamatan/35.02.08/realisasi/2024/4/indikator/IKU-SKM",
       "errors": [{"field": "status", "rule": "must-be-editable", "message": "versi 1 berstatus APPROVED: data yang sudah disahkan tidak pernah ditimpa; buka koreksi (versi baru)"}]}""";

  static final String OWN_SUBMISSION = """
      {"type": "https://kinerja.id/problems/forbidden", "title": "Dilarang", "status": 403,
       "detail": "Verifikator tidak boleh sama dengan pengaju: 1 sel diajukan oleh sekcam.mlarak",
       "instance": "/api/kecamatan/35.02.08/realisasi/2024/4/indikator/IKU-SKM/verify",
       "errors": [{"field": "IKU-SKM", "rule": "verifier-is-not-submitter", "message": "IKU-SKM versi 1 diajukan oleh Anda"}]}""";

  static final String SEJAK_AHEAD = """
      {"type": "https://kinerja.id/problems/validation", "title": "Permintaan tidak valid", "status": 400,
       "detail": "sejak: lebih besar daripada revisi lembar saat ini (8); muat ulang seluruh lembar",
       "instance": "/api/kecamatan/35.02.08/realisasi/2024/4",
       "errors": [{"field": "sejak", "rule": "must-not-exceed-revisi", "message": "lebih besar daripada revisi lembar saat ini (8); muat ulang seluruh lembar"}]}""";

  static final String ANGGARAN_SUBMIT = """
      {"nilai": 11000000, "keterangan": "Belanja rapat koordinasi pemerintahan umum", "ajukan": true}""";

  static final String AKSI_RESULT = """
      {"kecamatanKode": "35.02.08", "tahun": 2024, "triwulan": 4, "aksi": "VERIFY", "revisi": 12, "sel": [
        {"jenis": "INDIKATOR", "kode": "IKU-SKM", "versi": 1, "revisi": 3, "status": "VERIFIED"},
        {"jenis": "ANGGARAN", "kode": "7.01.05", "versi": 1, "revisi": 3, "status": "VERIFIED"}]}""";

  static final String WHOLE_TRIWULAN = "{}";

  static final String LISTED_CELLS = """
      {"indikator": ["IKU-SKM", "IKU-IDM"], "anggaran": ["7.01.05"]}""";

  static final String ANGGARAN_CORRECTION = """
      {"alasanKoreksi": "SP2D 30 Desember belum tercatat", "nilai": 11000000, "ajukan": true}""";

  static final String CELL = """
      {"kecamatanKode": "35.02.08", "tahun": 2024, "triwulan": 4, "indikatorKode": "IKU-IDM",
       "nama": "Persentase Desa yang Meningkat Skor Indeks Desa Membangun (IDM)-nya", "satuan": "%", "keadaan": "REPORTED",
       "revisi": 4, "versiTerkini": 1, "versiResmi": 1, "versi": [
        {"kecamatanKode": "35.02.08", "tahun": 2024, "triwulan": 4, "indikatorKode": "IKU-IDM", "versi": 1, "revisi": 4,
         "terkini": true, "status": "APPROVED", "keadaan": "REPORTED", "nilai": null, "pembilang": 15, "penyebut": 15,
         "teks": null, "capaianManual": null, "alasan": null, "faktorPendukung": null, "faktorPenghambat": null,
         "tindakLanjut": null, "alasanKoreksi": null, "pengembalian": null, "terlambat": false, "bukti": [],
         "dibuatOleh": "operator.mlarak", "dibuatPada": "2025-01-06T09:00:00+07:00", "diubahOleh": "operator.mlarak",
         "diubahPada": "2025-01-06T09:00:00+07:00", "diajukanOleh": "operator.mlarak", "diajukanPada": "2025-01-06T09:00:00+07:00",
         "diverifikasiOleh": "camat.mlarak", "diverifikasiPada": "2025-01-07T08:30:00+07:00", "disahkanOleh": "camat.mlarak",
         "disahkanPada": "2025-01-07T08:35:00+07:00"}]}""";

  static final String ANGGARAN_CELL = """
      {"kecamatanKode": "35.02.08", "tahun": 2024, "triwulan": 4, "anggaranKode": "7.01.05",
       "nama": "Program Penyelenggaraan Urusan Pemerintahan Umum", "pagu": 11000000, "keadaan": "REPORTED", "revisi": 2,
       "versiTerkini": 1, "versiResmi": null, "versi": [
        {"kecamatanKode": "35.02.08", "tahun": 2024, "triwulan": 4, "anggaranKode": "7.01.05", "versi": 1, "revisi": 2,
         "terkini": true, "status": "SUBMITTED", "nilai": 11000000, "melebihiPagu": false, "keterangan": null,
         "alasanKoreksi": null, "pengembalian": null, "terlambat": false, "peringatan": [], "dibuatOleh": "operator.mlarak",
         "dibuatPada": "2025-01-06T09:00:00+07:00", "diubahOleh": "operator.mlarak", "diubahPada": "2025-01-06T09:00:00+07:00",
         "diajukanOleh": "operator.mlarak", "diajukanPada": "2025-01-06T09:00:00+07:00", "diverifikasiOleh": null,
         "diverifikasiPada": null, "disahkanOleh": null, "disahkanPada": null}]}""";

  static final String ANGGARAN_VERSION = """
      {"kecamatanKode": "35.02.08", "tahun": 2024, "triwulan": 4, "anggaranKode": "7.01.05", "versi": 1, "revisi": 2,
       "terkini": true, "status": "SUBMITTED", "nilai": 11000000, "melebihiPagu": false,
       "keterangan": "Belanja rapat koordinasi pemerintahan umum", "alasanKoreksi": null, "pengembalian": null,
       "terlambat": false, "peringatan": [], "dibuatOleh": "operator.mlarak",
       "dibuatPada": "2025-01-06T09:00:00+07:00", "diubahOleh": "operator.mlarak", "diubahPada": "2025-01-06T09:00:00+07:00",
       "diajukanOleh": "operator.mlarak", "diajukanPada": "2025-01-06T09:00:00+07:00", "diverifikasiOleh": null,
       "diverifikasiPada": null, "disahkanOleh": null, "disahkanPada": null}""";

  static final String ANGGARAN_CORRECTED_VERSION = """
      {"kecamatanKode": "35.02.08", "tahun": 2024, "triwulan": 4, "anggaranKode": "7.01.05", "versi": 2, "revisi": 6,
       "terkini": true, "status": "SUBMITTED", "nilai": 11000000, "melebihiPagu": false,
       "keterangan": "Belanja rapat koordinasi pemerintahan umum", "alasanKoreksi": "SP2D 30 Desember belum tercatat",
       "pengembalian": null, "terlambat": false, "peringatan": [], "dibuatOleh": "operator.mlarak",
       "dibuatPada": "2025-01-08T09:00:00+07:00", "diubahOleh": "operator.mlarak", "diubahPada": "2025-01-08T09:00:00+07:00",
       "diajukanOleh": "operator.mlarak", "diajukanPada": "2025-01-08T09:00:00+07:00", "diverifikasiOleh": null,
       "diverifikasiPada": null, "disahkanOleh": null, "disahkanPada": null}""";

  static final String SHEET = """
      {"kabupatenKode": "35.02", "kecamatanKode": "35.02.08", "tahun": 2024, "triwulan": 4, "planVersi": 1, "revisi": 8,
       "jendela": {"status": "OPEN", "sampai": "2025-01-11T00:00:00+07:00", "terlambat": false, "pesan": null},
       "ringkasan": {"indikatorDue": 2, "reported": 1, "notApplicable": 0, "notReported": 1, "notDue": 0, "status": {"SUBMITTED": 2}},
       "indikator": [
        {"indikatorKode": "IKU-SKM", "nama": "Nilai Survey Kepuasan Masyarakat (SKM) Pelayanan Administrasi", "satuan": "indeks",
         "targetType": "NUMBER", "komponen": null, "presisi": 2, "evidenceRequired": false, "due": true, "keadaan": "REPORTED",
         "status": "SUBMITTED", "versi": 1, "revisi": 6, "versiResmi": null, "nilai": 99, "pembilang": null, "penyebut": null,
         "teks": null, "jumlahBukti": 1, "terlambat": false},
        {"indikatorKode": "IKU-IDM", "nama": "Persentase Desa yang Meningkat Skor Indeks Desa Membangun (IDM)-nya", "satuan": "%",
         "targetType": "NUMBER", "komponen": {"pembilang": "Jumlah desa yang skor IDM tahun n lebih tinggi daripada skor IDM tahun n-1", "penyebut": "Jumlah desa se-kecamatan"},
         "presisi": 2, "evidenceRequired": false, "due": true, "keadaan": "NOT_REPORTED", "status": null, "versi": null,
         "revisi": null, "versiResmi": null, "nilai": null, "pembilang": null, "penyebut": null, "teks": null,
         "jumlahBukti": 0, "terlambat": false}],
       "anggaran": [
        {"anggaranKode": "7.01.05", "nama": "Program Penyelenggaraan Urusan Pemerintahan Umum", "level": "PROGRAM",
         "pagu": 11000000, "keadaan": "REPORTED", "status": "SUBMITTED", "versi": 1, "revisi": 2, "versiResmi": null,
         "nilai": 11000000, "melebihiPagu": false},
        {"anggaranKode": "7.01.06", "nama": "Program Pembinaan dan Pengawasan Pemerintahan Desa", "level": "PROGRAM",
         "pagu": 36452800, "keadaan": "NOT_REPORTED", "status": null, "versi": null, "revisi": null, "versiResmi": null,
         "nilai": null, "melebihiPagu": false}]}""";

  static final String SHEET_DIFFERENCE = """
      {"kabupatenKode": "35.02", "kecamatanKode": "35.02.08", "tahun": 2024, "triwulan": 4, "planVersi": 1, "revisi": 10,
       "jendela": {"status": "OPEN", "sampai": "2025-01-11T00:00:00+07:00", "terlambat": false, "pesan": null},
       "ringkasan": {"indikatorDue": 2, "reported": 2, "notApplicable": 0, "notReported": 0, "notDue": 0, "status": {"SUBMITTED": 3}},
       "indikator": [
        {"indikatorKode": "IKU-IDM", "nama": "Persentase Desa yang Meningkat Skor Indeks Desa Membangun (IDM)-nya", "satuan": "%",
         "targetType": "NUMBER", "komponen": {"pembilang": "Jumlah desa yang skor IDM tahun n lebih tinggi daripada skor IDM tahun n-1", "penyebut": "Jumlah desa se-kecamatan"},
         "presisi": 2, "evidenceRequired": false, "due": true, "keadaan": "REPORTED", "status": "SUBMITTED", "versi": 1,
         "revisi": 2, "versiResmi": null, "nilai": null, "pembilang": 15, "penyebut": 15, "teks": null,
         "jumlahBukti": 0, "terlambat": false}],
       "anggaran": []}""";

  static final String AUDIT_PAGE = """
      {"items": [
        {"id": 1, "tahun": 2024, "triwulan": 4, "entitas": "INDIKATOR", "kode": "IKU-SKM", "versi": 1, "revisi": 1,
         "aksi": "CREATED", "oleh": "operator.mlarak", "peran": "operator", "waktu": "2025-01-06T09:00:00+07:00",
         "perubahan": {"keadaan": {"baru": "REPORTED", "lama": null}, "nilai": {"baru": 99, "lama": null}}, "alasan": null},
        {"id": 2, "tahun": 2024, "triwulan": 4, "entitas": "INDIKATOR", "kode": "IKU-SKM", "versi": 1, "revisi": 2,
         "aksi": "SUBMITTED", "oleh": "operator.mlarak", "peran": "operator", "waktu": "2025-01-06T09:00:00+07:00",
         "perubahan": {"status": {"baru": "SUBMITTED", "lama": "DRAFT"}}, "alasan": null}],
       "page": 0, "size": 2, "total": 40}""";

  static final String BUKTI = """
      {"id": "6f1c2d1e-8a55-4a8e-9c57-0f4c1b0f7a11", "jenis": "FILE", "url": null, "namaBerkas": "laporan-skm-2024.pdf",
       "tipe": "application/pdf", "ukuran": 182044, "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
       "keterangan": "Laporan hasil SKM 2024", "diunggahOleh": "operator.mlarak", "diunggahPada": "2025-01-06T09:10:00+07:00",
       "unduh": "/api/kecamatan/35.02.08/realisasi/2024/4/indikator/IKU-SKM/versi/1/bukti/6f1c2d1e-8a55-4a8e-9c57-0f4c1b0f7a11"}""";

  private Examples() {
  }

  static final String WORKBOOK_PREVIEW = """
      {"kecamatanKode": "35.02.08", "tahun": 2024, "triwulan": 2, "akanDisimpan": 1, "dapatDiterapkan": false, "baris": [
        {"lembar": "Indikator", "baris": 4, "jenis": "INDIKATOR", "kode": "IKU-SKM", "hasil": "NEW", "errors": []},
        {"lembar": "Indikator", "baris": 5, "jenis": "INDIKATOR", "kode": "IKU-IDM", "hasil": "REFUSED", "errors": [
          {"field": "Indikator!G5", "rule": "number-as-printed", "message": "pengelompokan ribuan salah dalam \\"12.5\\""}]},
        {"lembar": "Anggaran", "baris": 4, "jenis": "ANGGARAN", "kode": "7.01.05", "hasil": "UNCHANGED", "errors": []}],
       "errors": [], "peringatan": []}""";

  static final String WORKBOOK_REFUSED = """
      {"type": "https://kinerja.id/problems/validation", "title": "Permintaan tidak valid", "status": 400,
       "detail": "berkas: berkas .xls (Excel 97–2003) atau berkas berkata sandi tidak dibaca: buka di Excel atau LibreOffice, lalu simpan sebagai .xlsx tanpa kata sandi",
       "instance": "/api/kecamatan/35.02.08/realisasi/2024/2/workbook/preview",
       "errors": [{"field": "body", "rule": "must-be-xlsx", "message": "berkas .xls (Excel 97–2003) atau berkas berkata sandi tidak dibaca: buka di Excel atau LibreOffice, lalu simpan sebagai .xlsx tanpa kata sandi"}]}""";
}
