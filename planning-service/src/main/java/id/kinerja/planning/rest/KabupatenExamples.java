package id.kinerja.planning.rest;

/** OpenAPI examples, taken from Kabupaten Ponorogo. */
final class KabupatenExamples {

  static final String REQUEST = """
      {"nama": "Ponorogo", "negativeFormulaDefault": "TWO_T_MINUS_R", "overallMode": "IKU", "capaianScoreCap": null,
       "floorNegativeAtZero": false, "zonaWaktu": "WIB"}""";

  static final String VIEW = """
      {"kode": "35.02", "nama": "Ponorogo", "negativeFormulaDefault": "TWO_T_MINUS_R", "overallMode": "IKU", "capaianScoreCap": null,
       "floorNegativeAtZero": false, "zonaWaktu": "WIB", "konfigurasiVersi": 1, "updatedAt": "2024-01-05T09:00:00+07:00",
       "updatedBy": "planner.ponorogo"}""";

  /** A binary body has no text to show: what is sent, described. */
  static final String LOGO_BODY = "(the bytes of the image file, e.g. logo-ponorogo.png, as they are)";

  static final String LOGO_VIEW = """
      {"kabupatenKode": "35.02", "mediaType": "image/png", "lebar": 400, "tinggi": 480, "ukuran": 48213,
       "sha256": "f212bf11c623bc54d472f3607582c67f4a2ca53b7c4699811d6d1a1a004dc5f0", "updatedAt": "2024-01-05T09:00:00+07:00",
       "updatedBy": "planner.ponorogo"}""";

  static final String LOGO_TOO_WIDE = """
      {"type": "https://kinerja.id/problems/validation", "title": "Permintaan tidak valid", "status": 400,
       "detail": "body: paling besar 2000 × 2000 piksel; gambar ini 2400 × 1200 piksel",
       "errors": [{"field": "body", "rule": "max-dimensions", "message": "paling besar 2000 × 2000 piksel; gambar ini 2400 × 1200 piksel"}]}""";

  static final String LOGO_TOO_LARGE = """
      {"type": "https://kinerja.id/problems/payload-too-large", "title": "Isi permintaan terlalu besar", "status": 413,
       "detail": "body: paling besar 524.288 byte",
       "errors": [{"field": "body", "rule": "max-size", "message": "paling besar 524.288 byte"}]}""";

  static final String LOGO_NOT_IMAGE = """
      {"type": "https://kinerja.id/problems/unsupported-media-type", "title": "Jenis media tidak didukung", "status": 415,
       "detail": "body: isi bukan gambar PNG atau JPEG",
       "errors": [{"field": "body", "rule": "must-be-png-or-jpeg", "message": "isi bukan gambar PNG atau JPEG"}]}""";

  private KabupatenExamples() {
  }
}
