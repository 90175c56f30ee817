package id.kinerja.planning.rest;

/**
 * OpenAPI examples of the RPJMD and tautan kinerja endpoints (issue #19), from the illustrative demo data
 * (docs/demo-data.md): the RPJMD of Kabupaten Ponorogo 2021–2026 and the links of Kecamatan Mlarak's Renstra.
 */
final class CascadeExamples {

  private CascadeExamples() {
  }

  private static final String IKU_SAKIP = """
      {"kode": "IKU-K-01", "nama": "Nilai SAKIP Kabupaten", "satuan": "nilai", "polarity": "HIGHER_IS_BETTER", "iku": true,
       "baseline": {"tahun": 2020, "nilai": 61.5},
       "targetTahunan": [{"tahun": 2021, "nilai": 62}, {"tahun": 2022, "nilai": 64}, {"tahun": 2023, "nilai": 66},
         {"tahun": 2024, "nilai": 68}, {"tahun": 2025, "nilai": 69}, {"tahun": 2026, "nilai": 70}],
       "targetAkhir": {"tahun": 2026, "nilai": 70}}""";

  private static final String IKM = """
      {"kode": "IKU-K-02", "nama": "Indeks Kepuasan Masyarakat", "satuan": "indeks", "polarity": "HIGHER_IS_BETTER", "iku": true,
       "baseline": {"tahun": 2020, "nilai": 80.1},
       "targetTahunan": [{"tahun": 2021, "nilai": 81}, {"tahun": 2022, "nilai": 82}, {"tahun": 2023, "nilai": 83},
         {"tahun": 2024, "nilai": 84}, {"tahun": 2025, "nilai": 85}, {"tahun": 2026, "nilai": 86}],
       "targetAkhir": {"tahun": 2026, "nilai": 86}}""";

  private static final String RPJMD_ISI = """
      "kode": "RPJMD-PONOROGO-2021-2026", "nama": "RPJMD Kabupaten Ponorogo Tahun 2021-2026",
       "periodeAwal": 2021, "periodeAkhir": 2026, "visi": "Ponorogo Hebat: Makmur, Berkah, Bergas",
       "misi": [{"kode": "M1", "uraian": "Mewujudkan tata kelola pemerintahan yang bersih, efektif dan melayani"}],
       "tujuan": [{"kode": "T1", "uraian": "Meningkatkan kualitas tata kelola pemerintahan", "misiKode": "M1",
         "indikator": [""" + IKU_SAKIP + """
      ]}],
       "sasaran": [{"kode": "S1.1", "uraian": "Meningkatnya kualitas pelayanan publik", "tujuanKode": "T1",
         "indikator": [""" + IKM + "]}]";

  static final String RPJMD = "{" + RPJMD_ISI + "}";

  static final String RPJMD_VIEW = """
      {"kabupatenKode": "35.02", "versi": 1, "updatedAt": "2024-01-05T09:00:00+07:00", "updatedBy": "planner.ponorogo",
       "rpjmd": {""" + RPJMD_ISI + "}}";

  static final String RPJMD_PAGE = """
      {"items": [{"kabupatenKode": "35.02", "kode": "RPJMD-PONOROGO-2021-2026",
        "nama": "RPJMD Kabupaten Ponorogo Tahun 2021-2026", "periodeAwal": 2021, "periodeAkhir": 2026, "versi": 1}],
       "page": 0, "size": 50, "total": 1}""";

  private static final String MISSING_TARGET = "indikator IKU-K-02 belum mempunyai target tahun 2026";

  static final String RPJMD_BAD = """
      {"type": "https://kinerja.id/problems/validation", "title": "Permintaan tidak valid", "status": 400,
       "detail": "sasaran[0].indikator[0].targetTahunan: """ + MISSING_TARGET + """
      ",
       "instance": "/api/kabupaten/35.02/rpjmd/RPJMD-PONOROGO-2021-2026",
       "errors": [{"field": "sasaran[0].indikator[0].targetTahunan", "rule": "target-required-for-year", "message": \"""" + MISSING_TARGET
      + "\"}]}";

  private static final String TAUTAN_LIST = """
      [{"dari": {"jenis": "TUJUAN", "kode": "T1", "tahun": null}, "ke": {"jenis": "RPJMD_TUJUAN", "kode": "T1"}},
        {"dari": {"jenis": "SASARAN", "kode": "S1", "tahun": null}, "ke": {"jenis": "RPJMD_SASARAN", "kode": "S1.1"}},
        {"dari": {"jenis": "SASARAN", "kode": "S2", "tahun": null}, "ke": {"jenis": "RPJMD_SASARAN", "kode": "S1.1"}},
        {"dari": {"jenis": "PK_INDIKATOR", "kode": "SEKCAM-ADM-SOP", "tahun": 2024}, "ke": {"jenis": "SASARAN", "kode": "S1"}}]""";

  static final String TAUTAN = "{\"rpjmdKode\": \"RPJMD-PONOROGO-2021-2026\",\n \"tautan\": " + TAUTAN_LIST + "}";

  static final String TAUTAN_VIEW = """
      {"kecamatanKode": "35.02.08", "renstraKode": "RENSTRA-MLARAK-2024-2026", "rpjmdKode": "RPJMD-PONOROGO-2021-2026",
       "versi": 1, "updatedAt": "2024-01-05T09:00:00+07:00", "updatedBy": "planner.ponorogo",
       "tautan": """ + TAUTAN_LIST + """
      ,
       "tanpaTautan": [{"jenis": "PK_INDIKATOR", "kode": "SEKCAM-SARPRAS", "tahun": 2024}],
       "tautanRusak": []}""";

  private static final String UNKNOWN_NODE = "RPJMD_SASARAN S9.9 tidak ada dalam RPJMD atau Renstra yang dituju";

  static final String TAUTAN_BAD = """
      {"type": "https://kinerja.id/problems/validation", "title": "Permintaan tidak valid", "status": 400,
       "detail": "tautan[1].ke.kode: """ + UNKNOWN_NODE + """
      ",
       "instance": "/api/kecamatan/35.02.08/renstra/RENSTRA-MLARAK-2024-2026/tautan",
       "errors": [{"field": "tautan[1].ke.kode", "rule": "unknown-node", "message": \"""" + UNKNOWN_NODE + "\"}]}";
}
