package id.kinerja.planning.rest;

/** OpenAPI examples, taken from Kabupaten Ponorogo. */
final class KabupatenExamples {

  static final String REQUEST = """
      {"nama": "Ponorogo", "negativeFormulaDefault": "TWO_T_MINUS_R", "overallMode": "IKU", "capaianScoreCap": null, "floorNegativeAtZero": false}""";

  static final String VIEW = """
      {"kode": "35.02", "nama": "Ponorogo", "negativeFormulaDefault": "TWO_T_MINUS_R", "overallMode": "IKU", "capaianScoreCap": null,
       "floorNegativeAtZero": false, "konfigurasiVersi": 1, "updatedAt": "2024-01-05T02:00:00Z", "updatedBy": "planner.ponorogo"}""";

  private KabupatenExamples() {
  }
}
