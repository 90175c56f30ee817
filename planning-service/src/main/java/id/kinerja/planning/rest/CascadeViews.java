package id.kinerja.planning.rest;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.common.problem.FieldViolation;
import id.kinerja.planning.domain.dokumen.RpjmdDok;
import id.kinerja.planning.domain.dokumen.TautanDok;

/** Answers of the RPJMD and tautan kinerja endpoints (issue #19). */
final class CascadeViews {

  private CascadeViews() {
  }

  @Schema(name = "RpjmdView", description = "An RPJMD as stored")
  record RpjmdView(
      @Schema(examples = "35.02") String kabupatenKode,
      @Schema(description = "Version; also the ETag", examples = "1") int versi,
      @Schema(description = "Local time of the kabupaten, with its offset", examples = "2024-01-05T09:00:00+07:00") Instant updatedAt,
      @Schema(examples = "planner.ponorogo") String updatedBy,
      RpjmdDok rpjmd) {
  }

  @Schema(name = "RpjmdSummary")
  record RpjmdSummary(
      @Schema(examples = "35.02") String kabupatenKode,
      @Schema(examples = "RPJMD-PONOROGO-2021-2026") String kode,
      @Schema(description = "Null when the document gives none", nullable = true,
          examples = "RPJMD Kabupaten Ponorogo Tahun 2021-2026") String nama,
      @Schema(examples = "2021") int periodeAwal,
      @Schema(examples = "2026") int periodeAkhir,
      @Schema(examples = "1") int versi) {
  }

  @Schema(name = "RpjmdPage", description = "One page of a list (page is 0-based)")
  record RpjmdPage(
      @Schema(description = "The items of this page") List<RpjmdSummary> items,
      @Schema(description = "0-based page number", examples = "0") int page,
      @Schema(description = "Page size (1–500)", examples = "50") int size,
      @Schema(description = "Number of matching items", examples = "1") long total) {
  }

  @Schema(name = "TautanKinerja", description = "The links upward of a kecamatan Renstra, with what the current plan says of them")
  record TautanView(
      @Schema(examples = "35.02.08") String kecamatanKode,
      @Schema(examples = "RENSTRA-MLARAK-2024-2026") String renstraKode,
      @Schema(description = "Null while no links were saved", nullable = true, examples = "RPJMD-PONOROGO-2021-2026") String rpjmdKode,
      @Schema(description = "Version (0 while no links were saved); also the ETag, and the versi of "
          + "planning.tautan-kinerja.published", examples = "1") int versi,
      @Schema(description = "Null while no links were saved", nullable = true, examples = "2024-01-05T09:00:00+07:00") Instant updatedAt,
      @Schema(description = "Null while no links were saved", nullable = true, examples = "planner.ponorogo") String updatedBy,
      @Schema(description = "The stored links") List<TautanDok.Tautan> tautan,
      @Schema(description = "Warning: nodes of the Renstra and of the ditetapkan PKs that link nowhere (Renstra tujuan and "
          + "sasaran without a link, PK own indicators without a link, budget lines with neither a link nor a sasaranKode)")
      List<TautanDok.Dari> tanpaTautan,
      @Schema(description = "Warning: stored links the current plan or RPJMD no longer satisfies (a node vanished, the RPJMD "
          + "changed), each with the field and rule a save would be refused with") List<FieldViolation> tautanRusak) {
  }
}
