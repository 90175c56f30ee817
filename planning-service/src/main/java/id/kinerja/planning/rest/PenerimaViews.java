package id.kinerja.planning.rest;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and answers of the recipients endpoints (issue #17). */
final class PenerimaViews {

  private PenerimaViews() {
  }

  @Schema(name = "PenggunaPenerimaRequest", description = "A user's e-mail address, the role they act in and their kecamatan")
  record PenggunaRequest(
      @Schema(description = "Name as mails address the person", examples = "Sri Wahyuni") @NotBlank @Size(max = 200) String nama,
      @Schema(description = "E-mail address", examples = "operator.mlarak@ponorogo.go.id") @NotNull @Size(max = 254) String surel,
      @Schema(description = "The role (token group) the person acts in", examples = "operator",
          enumeration = { "operator", "verifier", "planner", "bagian-organisasi", "pimpinan" }) @NotNull
      @Pattern(regexp = "operator|verifier|planner|bagian-organisasi|pimpinan") String peran,
      @Schema(description = "Required for operator and verifier; absent for the kabupaten-wide roles", nullable = true, examples = "35.02.08")
      @Pattern(regexp = KecamatanResource.KEC) String kecamatanKode,
      @Schema(description = "The person receives no e-mail (default false)", examples = "false") Boolean berhentiBerlangganan) {
  }

  @Schema(name = "PejabatPenerimaRequest", description = "An official's e-mail address; name, kecamatan and role come from the official's record")
  record PejabatRequest(
      @Schema(description = "E-mail address", examples = "camat.mlarak@ponorogo.go.id") @NotNull @Size(max = 254) String surel,
      @Schema(description = "The official receives no e-mail (default false)", examples = "false") Boolean berhentiBerlangganan) {
  }

  @Schema(name = "BerlanggananRequest", description = "The caller's own choice")
  record BerlanggananRequest(
      @Schema(description = "true: stop e-mail; false: receive it again", examples = "true") @NotNull Boolean berhentiBerlangganan) {
  }

  @Schema(name = "PenerimaTugas", description = "A role the address receives notifications in")
  record TugasView(
      @Schema(examples = "verifier") String peran,
      @Schema(description = "Null for a kabupaten-wide role", nullable = true, examples = "35.02.08") String kecamatanKode) {
  }

  @Schema(name = "Penerima", description = "An e-mail address for notifications")
  record PenerimaView(
      @Schema(description = "Stable id: pengguna:<username> or pejabat:<NIP>", examples = "pejabat:197906081998021001") String id,
      @Schema(examples = "PEJABAT", enumeration = { "PENGGUNA", "PEJABAT" }) String jenis,
      @Schema(description = "Username or NIP", examples = "197906081998021001") String kunci,
      @Schema(description = "Null for an official no longer recorded", nullable = true, examples = "Joko Setiawan, S.STP., M.Si.") String nama,
      @Schema(examples = "camat.mlarak@ponorogo.go.id") String surel,
      @Schema(examples = "false") boolean berhentiBerlangganan,
      @Schema(description = "The roles it receives notifications in; empty for an official whose NIP is no longer "
          + "recorded in the kabupaten (the address is kept but reaches nobody)") List<TugasView> tugas,
      @Schema(examples = "1") int versi,
      @Schema(examples = "2024-07-01T08:00:00+07:00") Instant diubahPada,
      @Schema(examples = "planner.ponorogo") String diubahOleh) {
  }

  @Schema(name = "PenerimaPage", description = "One page of a list (page is 0-based)")
  record PenerimaPage(
      @Schema(description = "The items of this page") List<PenerimaView> items,
      @Schema(description = "0-based page number", examples = "0") int page,
      @Schema(description = "Page size (1–500)", examples = "50") int size,
      @Schema(description = "Number of matching items", examples = "1") long total) {
  }
}
