package id.kinerja.realization.rest;

/** OpenAPI examples of the mobile and portal flows, from Kecamatan Klakah (Lumajang), TW II 2024. */
final class Examples {

  static final String SUBMIT_VALUE = """
      {"keadaan": "REPORTED", "nilai": 17.00, "satuan": "%",
       "faktorPendukung": "Koordinasi dengan desa berjalan baik",
       "faktorPenghambat": "Sebagian desa terlambat menyampaikan laporan",
       "tindakLanjut": "Pendampingan penyusunan dokumen desa",
       "buktiTautan": ["https://drive.example.id/bukti/fasilitasi-tw2.pdf"], "ajukan": true}""";

  static final String DRAFT_KOMPONEN = """
      {"keadaan": "REPORTED", "pembilang": 12, "penyebut": 36, "ajukan": false}""";

  static final String ZERO_IS_A_VALUE = """
      {"keadaan": "REPORTED", "nilai": 0, "ajukan": true}""";

  static final String NOT_APPLICABLE = """
      {"keadaan": "NOT_APPLICABLE", "alasan": "Tidak ada kejadian bencana di TW II", "ajukan": true}""";

  static final String VERSION = """
      {"kecamatanKode": "35.08.12", "tahun": 2024, "triwulan": 2, "indikatorKode": "IKU-01", "versi": 1, "revisi": 2,
       "terkini": true, "status": "SUBMITTED", "keadaan": "REPORTED", "nilai": 17.00, "pembilang": null, "penyebut": null,
       "teks": null, "capaianManual": null, "alasan": null, "faktorPendukung": "Koordinasi dengan desa berjalan baik",
       "faktorPenghambat": "Sebagian desa terlambat menyampaikan laporan", "tindakLanjut": "Pendampingan penyusunan dokumen desa",
       "alasanKoreksi": null, "pengembalian": null, "terlambat": false,
       "bukti": [{"id": "6f1c2d1e-8a55-4a8e-9c57-0f4c1b0f7a11", "jenis": "LINK", "url": "https://drive.example.id/bukti/fasilitasi-tw2.pdf",
         "namaBerkas": null, "tipe": null, "ukuran": null, "sha256": null, "keterangan": null, "diunggahOleh": "operator.klakah",
         "diunggahPada": "2024-07-02T03:00:00Z", "unduh": null}],
       "dibuatOleh": "operator.klakah", "dibuatPada": "2024-07-02T03:00:00Z", "diubahOleh": "operator.klakah",
       "diubahPada": "2024-07-02T03:00:00Z", "diajukanOleh": "operator.klakah", "diajukanPada": "2024-07-02T03:00:00Z",
       "diverifikasiOleh": null, "diverifikasiPada": null, "disahkanOleh": null, "disahkanPada": null}""";

  static final String CORRECTION = """
      {"alasanKoreksi": "Salah ketik: realisasi 19,00, bukan 17,00", "keadaan": "REPORTED", "nilai": 19.00,
       "buktiTautan": ["https://drive.example.id/bukti/fasilitasi-tw2-rev.pdf"], "ajukan": true}""";

  static final String CORRECTED_VERSION = """
      {"kecamatanKode": "35.08.12", "tahun": 2024, "triwulan": 2, "indikatorKode": "IKU-01", "versi": 2, "revisi": 6,
       "terkini": true, "status": "SUBMITTED", "keadaan": "REPORTED", "nilai": 19.00, "pembilang": null, "penyebut": null,
       "teks": null, "capaianManual": null, "alasan": null, "faktorPendukung": "Koordinasi dengan desa berjalan baik",
       "faktorPenghambat": null, "tindakLanjut": null, "alasanKoreksi": "Salah ketik: realisasi 19,00, bukan 17,00",
       "pengembalian": null, "terlambat": false, "bukti": [], "dibuatOleh": "operator.klakah",
       "dibuatPada": "2024-07-08T02:00:00Z", "diubahOleh": "operator.klakah", "diubahPada": "2024-07-08T02:00:00Z",
       "diajukanOleh": "operator.klakah", "diajukanPada": "2024-07-08T02:00:00Z", "diverifikasiOleh": null,
       "diverifikasiPada": null, "disahkanOleh": null, "disahkanPada": null}""";

  static final String RETURN = """
      {"alasanKode": "REALISASI_DITELITI_ULANG", "alasan": "Jumlah desa pada pembilang tidak sesuai data IDM"}""";

  static final String BATCH = """
      {"ajukan": true,
       "indikator": [
         {"indikatorKode": "IKU-01", "keadaan": "REPORTED", "nilai": 17.00, "buktiTautan": ["https://drive.example.id/bukti/fasilitasi-tw2.pdf"]},
         {"indikatorKode": "IKU-02", "keadaan": "REPORTED", "pembilang": 12, "penyebut": 36},
         {"indikatorKode": "IKU-03", "revisi": 3, "keadaan": "NOT_APPLICABLE", "alasan": "Tidak ada kejadian bencana"}],
       "anggaran": [
         {"anggaranKode": "7.01.01.2.01.0001", "nilai": 520584681},
         {"anggaranKode": "7.01.06.2.01.0001", "nilai": 10350000, "keterangan": "Honorarium tim pembina desa"}]}""";

  static final String BATCH_RESULT = """
      {"kecamatanKode": "35.08.12", "tahun": 2024, "triwulan": 2, "revisi": 14, "hasil": [
        {"jenis": "INDIKATOR", "index": 0, "kode": "IKU-01", "hasil": "CREATED", "versi": 1, "revisi": 2, "status": "SUBMITTED", "peringatan": []},
        {"jenis": "INDIKATOR", "index": 1, "kode": "IKU-02", "hasil": "CREATED", "versi": 1, "revisi": 2, "status": "SUBMITTED", "peringatan": []},
        {"jenis": "INDIKATOR", "index": 2, "kode": "IKU-03", "hasil": "UPDATED", "versi": 1, "revisi": 5, "status": "SUBMITTED", "peringatan": []},
        {"jenis": "ANGGARAN", "index": 0, "kode": "7.01.01.2.01.0001", "hasil": "CREATED", "versi": 1, "revisi": 2, "status": "SUBMITTED", "peringatan": []},
        {"jenis": "ANGGARAN", "index": 1, "kode": "7.01.06.2.01.0001", "hasil": "CREATED", "versi": 1, "revisi": 2, "status": "SUBMITTED",
         "peringatan": [{"field": "anggaran[1].nilai", "rule": "melebihi-pagu", "message": "realisasi s.d. TW 2 (47554500) exceeds the pagu of 7.01.06.2.01.0001 (37204500); accepted and flagged"}]}]}""";

  static final String BATCH_REFUSED = """
      {"type": "https://kinerja.id/problems/rule-violation", "title": "Not allowed by the rules", "status": 422,
       "detail": "2 problems in the batch; nothing was saved", "instance": "/api/kecamatan/35.08.12/realisasi/2024/2/batch",
       "errors": [
         {"field": "indikator[1].nilai", "rule": "must-use-komponen", "message": "IKU-02 is entered as pembilang (Jumlah dokumen desa tepat waktu) and penyebut (Jumlah dokumen desa); its value is computed from them"},
         {"field": "anggaran[0].anggaranKode", "rule": "must-exist-in-plan", "message": "budget line 7.01.09.2.01.0001 is not in the plan of 35.08.12 for 2024"}]}""";

  static final String WINDOW_CLOSED = """
      {"type": "https://kinerja.id/problems/rule-violation", "title": "Not allowed by the rules", "status": 422,
       "detail": "triwulan: entry for TW 2 2024 closed on 2024-07-10T00:00:00Z; a reopening (perpanjangan) from Bagian Organisasi is needed",
       "instance": "/api/kecamatan/35.08.12/realisasi/2024/2/indikator/IKU-01",
       "errors": [{"field": "triwulan", "rule": "entry-window-open", "message": "entry for TW 2 2024 closed on 2024-07-10T00:00:00Z; a reopening (perpanjangan) from Bagian Organisasi is needed"}]}""";

  static final String KEY_REUSED = """
      {"type": "https://kinerja.id/problems/conflict", "title": "Conflict with current state", "status": 409,
       "detail": "this Idempotency-Key was used for a different request; use a new key for a new request",
       "instance": "/api/kecamatan/35.08.12/realisasi/2024/2/indikator/IKU-01",
       "errors": [{"field": "Idempotency-Key", "rule": "same-key-same-body", "message": "this Idempotency-Key was used for a different request; use a new key for a new request"}]}""";

  static final String NOT_EDITABLE = """
      {"type": "https://kinerja.id/problems/conflict", "title": "Conflict with current state", "status": 409,
       "detail": "status: version 1 is APPROVED: approved data are never overwritten; open a correction (a new version)",
       "instance": "/api/kecamatan/35.08.12/realisasi/2024/2/indikator/IKU-01",
       "errors": [{"field": "status", "rule": "must-be-editable", "message": "version 1 is APPROVED: approved data are never overwritten; open a correction (a new version)"}]}""";

  static final String OWN_SUBMISSION = """
      {"type": "https://kinerja.id/problems/forbidden", "title": "Forbidden", "status": 403,
       "detail": "The verifier is never the submitter: 1 of the cells were submitted by sekcam.klakah",
       "instance": "/api/kecamatan/35.08.12/realisasi/2024/2/indikator/IKU-01/verify",
       "errors": [{"field": "IKU-01", "rule": "verifier-is-not-submitter", "message": "IKU-01 version 1 was submitted by you"}]}""";

  static final String ANGGARAN_SUBMIT = """
      {"nilai": 520584681, "keterangan": "Belanja ATK dan honorarium", "ajukan": true}""";

  static final String AKSI_RESULT = """
      {"kecamatanKode": "35.08.12", "tahun": 2024, "triwulan": 2, "aksi": "VERIFY", "revisi": 19, "sel": [
        {"jenis": "INDIKATOR", "kode": "IKU-01", "versi": 1, "revisi": 3, "status": "VERIFIED"},
        {"jenis": "ANGGARAN", "kode": "7.01.01.2.01.0001", "versi": 1, "revisi": 3, "status": "VERIFIED"}]}""";

  static final String WHOLE_TRIWULAN = "{}";

  static final String LISTED_CELLS = """
      {"indikator": ["IKU-01", "IKU-02"], "anggaran": ["7.01.01.2.01.0001"]}""";

  static final String ANGGARAN_CORRECTION = """
      {"alasanKoreksi": "SP2D 28 Juni belum tercatat", "nilai": 530584681, "ajukan": true}""";

  static final String CELL = """
      {"kecamatanKode": "35.02.08", "tahun": 2024, "triwulan": 4, "indikatorKode": "IKU-IDM",
       "nama": "Persentase Desa yang Meningkat Skor Indeks Desa Membangun (IDM)-nya", "satuan": "%", "keadaan": "REPORTED",
       "revisi": 4, "versiTerkini": 1, "versiResmi": 1, "versi": [
        {"kecamatanKode": "35.02.08", "tahun": 2024, "triwulan": 4, "indikatorKode": "IKU-IDM", "versi": 1, "revisi": 4,
         "terkini": true, "status": "APPROVED", "keadaan": "REPORTED", "nilai": null, "pembilang": 15, "penyebut": 15,
         "teks": null, "capaianManual": null, "alasan": null, "faktorPendukung": null, "faktorPenghambat": null,
         "tindakLanjut": null, "alasanKoreksi": null, "pengembalian": null, "terlambat": false, "bukti": [],
         "dibuatOleh": "operator.mlarak", "dibuatPada": "2025-01-06T02:00:00Z", "diubahOleh": "operator.mlarak",
         "diubahPada": "2025-01-06T02:00:00Z", "diajukanOleh": "operator.mlarak", "diajukanPada": "2025-01-06T02:00:00Z",
         "diverifikasiOleh": "camat.mlarak", "diverifikasiPada": "2025-01-07T01:30:00Z", "disahkanOleh": "camat.mlarak",
         "disahkanPada": "2025-01-07T01:35:00Z"}]}""";

  static final String ANGGARAN_CELL = """
      {"kecamatanKode": "35.02.08", "tahun": 2024, "triwulan": 4, "anggaranKode": "7.01.05",
       "nama": "Program Penyelenggaraan Urusan Pemerintahan Umum", "pagu": 11000000, "keadaan": "REPORTED", "revisi": 2,
       "versiTerkini": 1, "versiResmi": null, "versi": [
        {"kecamatanKode": "35.02.08", "tahun": 2024, "triwulan": 4, "anggaranKode": "7.01.05", "versi": 1, "revisi": 2,
         "terkini": true, "status": "SUBMITTED", "nilai": 11000000, "melebihiPagu": false, "keterangan": null,
         "alasanKoreksi": null, "pengembalian": null, "terlambat": false, "peringatan": [], "dibuatOleh": "operator.mlarak",
         "dibuatPada": "2025-01-06T02:00:00Z", "diubahOleh": "operator.mlarak", "diubahPada": "2025-01-06T02:00:00Z",
         "diajukanOleh": "operator.mlarak", "diajukanPada": "2025-01-06T02:00:00Z", "diverifikasiOleh": null,
         "diverifikasiPada": null, "disahkanOleh": null, "disahkanPada": null}]}""";

  static final String ANGGARAN_VERSION = """
      {"kecamatanKode": "35.02.08", "tahun": 2024, "triwulan": 4, "anggaranKode": "7.01.05", "versi": 1, "revisi": 2,
       "terkini": true, "status": "SUBMITTED", "nilai": 11000000, "melebihiPagu": false, "keterangan": null,
       "alasanKoreksi": null, "pengembalian": null, "terlambat": false, "peringatan": [], "dibuatOleh": "operator.mlarak",
       "dibuatPada": "2025-01-06T02:00:00Z", "diubahOleh": "operator.mlarak", "diubahPada": "2025-01-06T02:00:00Z",
       "diajukanOleh": "operator.mlarak", "diajukanPada": "2025-01-06T02:00:00Z", "diverifikasiOleh": null,
       "diverifikasiPada": null, "disahkanOleh": null, "disahkanPada": null}""";

  static final String SHEET = """
      {"kabupatenKode": "35.02", "kecamatanKode": "35.02.08", "tahun": 2024, "triwulan": 4, "planVersi": 1, "revisi": 8,
       "jendela": {"status": "OPEN", "sampai": "2025-01-10T17:00:00Z", "terlambat": false, "pesan": null},
       "ringkasan": {"indikatorDue": 2, "reported": 1, "notApplicable": 0, "notReported": 1, "notDue": 0, "status": {"SUBMITTED": 1}},
       "indikator": [
        {"indikatorKode": "IKU-SKM", "nama": "Nilai Survey Kepuasan Masyarakat (SKM) Pelayanan Administrasi", "satuan": "indeks",
         "targetType": "NUMBER", "komponen": null, "presisi": 2, "evidenceRequired": false, "due": true, "keadaan": "REPORTED",
         "status": "SUBMITTED", "versi": 1, "revisi": 2, "versiResmi": null, "nilai": 99, "pembilang": null, "penyebut": null,
         "teks": null, "jumlahBukti": 0, "terlambat": false},
        {"indikatorKode": "IKU-IDM", "nama": "Persentase Desa yang Meningkat Skor Indeks Desa Membangun (IDM)-nya", "satuan": "%",
         "targetType": "NUMBER", "komponen": {"pembilang": "Jumlah desa yang skor IDM-nya meningkat", "penyebut": "Jumlah desa se-kecamatan"},
         "presisi": 2, "evidenceRequired": false, "due": true, "keadaan": "NOT_REPORTED", "status": null, "versi": null,
         "revisi": null, "versiResmi": null, "nilai": null, "pembilang": null, "penyebut": null, "teks": null,
         "jumlahBukti": 0, "terlambat": false}],
       "anggaran": []}""";

  static final String AUDIT_PAGE = """
      {"items": [
        {"id": 1, "tahun": 2024, "triwulan": 4, "entitas": "INDIKATOR", "kode": "IKU-SKM", "versi": 1, "revisi": 1,
         "aksi": "CREATED", "oleh": "operator.mlarak", "peran": "operator", "waktu": "2025-01-06T02:00:00Z",
         "perubahan": {"keadaan": {"baru": "REPORTED", "lama": null}, "nilai": {"baru": 99, "lama": null}}, "alasan": null},
        {"id": 2, "tahun": 2024, "triwulan": 4, "entitas": "INDIKATOR", "kode": "IKU-SKM", "versi": 1, "revisi": 2,
         "aksi": "SUBMITTED", "oleh": "operator.mlarak", "peran": "operator", "waktu": "2025-01-06T02:00:00Z",
         "perubahan": {"status": {"baru": "SUBMITTED", "lama": "DRAFT"}}, "alasan": null}],
       "page": 0, "size": 2, "total": 40}""";

  static final String BUKTI = """
      {"id": "6f1c2d1e-8a55-4a8e-9c57-0f4c1b0f7a11", "jenis": "FILE", "url": null, "namaBerkas": "apbdes-2024.pdf",
       "tipe": "application/pdf", "ukuran": 182044, "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
       "keterangan": "APBDes 12 desa", "diunggahOleh": "operator.mlarak", "diunggahPada": "2025-01-06T02:10:00Z",
       "unduh": "/api/kecamatan/35.02.08/realisasi/2024/4/indikator/IKU-IDM/versi/1/bukti/6f1c2d1e-8a55-4a8e-9c57-0f4c1b0f7a11"}""";

  private Examples() {
  }
}
