package id.kinerja.reporting.rest;

/** OpenAPI examples of the webhooks, for Kabupaten Ponorogo (35.02) and Kecamatan Mlarak (35.02.08). */
final class WebhookExamples {

  private WebhookExamples() {
  }

  static final String REQUEST = """
      {"url": "https://portal.ponorogokab.go.id/kinerja/webhook", "rahasia": "s3kr3t-Ponorogo-2024-portal-webhook-0001",
       "jenis": ["realisasi.submitted", "realisasi.approved", "deadline.reminder"], "aktif": true}""";

  static final String UPDATE = """
      {"url": "https://portal.ponorogokab.go.id/kinerja/webhook", "jenis": ["realisasi.approved", "figures.recalculated"],
       "aktif": true}""";

  static final String WEBHOOK = """
      {"id": "0f8fad5b-d9cb-469f-a165-70867728950e", "kabupatenKode": "35.02",
       "url": "https://portal.ponorogokab.go.id/kinerja/webhook", "sidikRahasia": "sha256:1a2b3c4d",
       "jenis": ["realisasi.submitted", "realisasi.approved", "deadline.reminder"], "aktif": true,
       "dibuat": "2024-07-01T09:00:00+07:00", "dibuatOleh": "perencana.ponorogo",
       "diubah": "2024-07-01T09:00:00+07:00", "diubahOleh": "perencana.ponorogo"}""";

  static final String PAGE = "{\"items\": [" + WEBHOOK + "], \"page\": 0, \"size\": 50, \"total\": 1}";

  static final String PENGIRIMAN = """
      {"id": "7d444840-9dc0-11d1-b245-5ffdce74fad2", "webhookId": "0f8fad5b-d9cb-469f-a165-70867728950e",
       "jenis": "realisasi.approved", "sumber": "event:0b6f6c1e-5f3a-4f7e-9b1c-2d0e8c9a7f10", "status": "GAGAL",
       "seri": 1, "jumlahPercobaan": 2, "percobaanBerikutnya": null, "dibuat": "2024-07-03T09:15:00+07:00",
       "selesai": "2024-07-03T09:15:12+07:00",
       "percobaan": [
         {"seri": 1, "nomor": 1, "mulai": "2024-07-03T09:15:00+07:00", "durasiMs": 84, "statusKode": 500,
          "jawaban": "{\\"galat\\":\\"sedang pemeliharaan\\"}", "galat": "status",
          "galatKeterangan": "penerima menjawab dengan status 500"},
         {"seri": 1, "nomor": 2, "mulai": "2024-07-03T09:15:10+07:00", "durasiMs": 10002, "statusKode": null,
          "jawaban": null, "galat": "timeout", "galatKeterangan": "penerima tidak menjawab dalam batas waktu (10000 ms)"}]}""";

  static final String PENGIRIMAN_REPLAYED = """
      {"id": "7d444840-9dc0-11d1-b245-5ffdce74fad2", "webhookId": "0f8fad5b-d9cb-469f-a165-70867728950e",
       "jenis": "realisasi.approved", "sumber": "event:0b6f6c1e-5f3a-4f7e-9b1c-2d0e8c9a7f10", "status": "MENUNGGU",
       "seri": 2, "jumlahPercobaan": 0, "percobaanBerikutnya": "2024-07-03T10:00:00+07:00",
       "dibuat": "2024-07-03T09:15:00+07:00", "selesai": null,
       "percobaan": [
         {"seri": 1, "nomor": 1, "mulai": "2024-07-03T09:15:00+07:00", "durasiMs": 84, "statusKode": 500,
          "jawaban": "{\\"galat\\":\\"sedang pemeliharaan\\"}", "galat": "status",
          "galatKeterangan": "penerima menjawab dengan status 500"}]}""";

  static final String PENGIRIMAN_PAGE = "{\"items\": [" + PENGIRIMAN + "], \"page\": 0, \"size\": 50, \"total\": 1}";

  private static final String INVALID = """
      "type": "https://kinerja.id/problems/validation", "title": "Permintaan tidak valid", "status": 400""";
  private static final String PRIVATE = "host 169.254.169.254 mengarah ke alamat 169.254.169.254 (link-local); webhook"
      + " hanya boleh ke alamat publik";

  static final String URL_REFUSED = "{" + INVALID + ", \"detail\": \"url: " + PRIVATE + """
      ",
       "instance": "/api/kabupaten/35.02/webhook",
       "errors": [{"field": "url", "rule": "must-be-public-address", "message": \"""" + PRIVATE + "\"}]}";

  private static final String WAITING = "pengiriman ini masih menunggu percobaan berikutnya; kirim ulang hanya untuk"
      + " pengiriman yang sudah terkirim atau gagal";

  static final String REPLAY_WAITING = """
      {"type": "https://kinerja.id/problems/conflict", "title": "Bertentangan dengan keadaan saat ini", "status": 409,
       "detail": \"""" + WAITING + """
      ",
       "instance": "/api/kabupaten/35.02/webhook/0f8fad5b-d9cb-469f-a165-70867728950e/pengiriman/7d444840-9dc0-11d1-b245-5ffdce74fad2/kirim-ulang",
       "errors": [{"field": "pengirimanId", "rule": "must-be-finished", "message": \"""" + WAITING + "\"}]}";
}
