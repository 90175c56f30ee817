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

  private KabupatenExamples() {
  }
}
