package id.kinerja.realization.rest;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;

import id.kinerja.common.json.CanonicalJson;
import id.kinerja.realization.domain.AuditEntry;
import id.kinerja.realization.domain.Jenis;

@Schema(name = "Audit", description = "One line of the append-only audit trail")
public record AuditView(
    @Schema(examples = "1042") long id,
    @Schema(examples = "2024") int tahun,
    @Schema(examples = "4") int triwulan,
    @Schema(description = "INDIKATOR or ANGGARAN", examples = "INDIKATOR") Jenis entitas,
    @Schema(examples = "IKU-SKM") String kode,
    @Schema(examples = "1") int versi,
    @Schema(description = "revisi of the cell after this change", examples = "3") int revisi,
    @Schema(description = "CREATED, UPDATED, SUBMITTED, VERIFIED, APPROVED, RETURNED, CORRECTION_OPENED, BUKTI_ADDED, BUKTI_REMOVED", enumeration = { "CREATED", "UPDATED", "SUBMITTED", "VERIFIED", "APPROVED", "RETURNED", "CORRECTION_OPENED", "BUKTI_ADDED", "BUKTI_REMOVED" }, examples = "VERIFIED") String aksi,
    @Schema(examples = "sekcam.mlarak") String oleh,
    @Schema(examples = "verifier") String peran,
    @Schema(examples = "2025-01-07T08:30:00+07:00") Instant waktu,
    @Schema(description = "field → {lama, baru}", examples = "{\"status\": {\"lama\": \"SUBMITTED\", \"baru\": \"VERIFIED\"}}") Map<String, Map<String, Object>> perubahan,
    @Schema(description = "Reason of a return or a correction; null for other changes", nullable = true, examples = "REALISASI_DITELITI_ULANG: jumlah desa tidak sesuai") String alasan) {

  static AuditView of(AuditEntry a) {
    return new AuditView(a.id(), a.tahun(), a.triwulan(), a.entitas(), a.kode(), a.versi(), a.revisi(), a.aksi(),
        a.oleh(), a.peran(), a.waktu(), readTree(a.perubahan()), a.alasan());
  }

  private static Map<String, Map<String, Object>> readTree(String json) {
    try {
      return CanonicalJson.MAPPER.readValue(json, new TypeReference<Map<String, Map<String, Object>>>() {
      });
    } catch (java.io.IOException e) {
      throw new IllegalStateException("unreadable audit line", e);
    }
  }

  @Schema(name = "AuditPage")
  public record Page(List<AuditView> items, @Schema(examples = "0") int page, @Schema(examples = "50") int size,
      @Schema(examples = "7") long total) {
  }
}
