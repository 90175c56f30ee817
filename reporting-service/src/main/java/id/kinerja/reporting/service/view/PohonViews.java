package id.kinerja.reporting.service.view;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.reporting.service.view.Views.Cakupan;
import id.kinerja.reporting.service.view.Views.Nilai;
import id.kinerja.reporting.service.view.Views.Predikat;
import id.kinerja.reporting.service.view.Views.Rupiah;

/**
 * Bodies of the pohon kinerja (cascading tree, issue #19): the JSON answers and the input of its PDF drawing and
 * indented workbook. One shape for the kabupaten tree (roots: RPJMD tujuan/sasaran) and the kecamatan tree (roots:
 * the RPJMD sasaran its Renstra serves, then its own tujuan/sasaran).
 */
public final class PohonViews {

  private PohonViews() {
  }

  /** What a node is, from the top of the cascade down. */
  public enum JenisSimpul {
    RPJMD_TUJUAN, RPJMD_SASARAN, TUJUAN, SASARAN, INDIKATOR, ANGGARAN
  }

  @Schema(name = "PohonIndikator", description = "An indicator shown in a node, with its figure for the periode.")
  public record Indikator(
      @Schema(examples = "IKU-SKM") String kode,
      @Schema(examples = "Nilai Survey Kepuasan Masyarakat (SKM) Pelayanan Administrasi") String nama,
      @Schema(examples = "indeks") String satuan,
      @Schema(description = "Kecamatan of the indicator; null for an RPJMD indicator", nullable = true,
          examples = "35.02.08") String kecamatanKode,
      @Schema(description = "Target of the year (text as printed, id-ID); null when none", nullable = true,
          examples = "82,50") String target,
      @Schema(description = "Realisasi of the periode (text, id-ID); null when not reported", nullable = true,
          examples = "84,10") String realisasi,
      @Schema(description = "Capaian of the periode; NOT_REPORTED etc. when none (never 0); for an RPJMD indicator"
          + " NOT_APPLICABLE: its realisasi is not captured by this system") Nilai capaian,
      Predikat predikat) {
  }

  @Schema(name = "PohonSimpul", description = "One node of the pohon kinerja.")
  public record Simpul(
      @Schema(description = "Unique in the answer", examples = "35.02.08/SASARAN/S1") String id,
      @Schema(enumeration = { "RPJMD_TUJUAN", "RPJMD_SASARAN", "TUJUAN", "SASARAN", "INDIKATOR", "ANGGARAN" },
          examples = "SASARAN") JenisSimpul jenis,
      @Schema(examples = "S1") String kode,
      @Schema(examples = "Meningkatnya kualitas pelayanan kepada masyarakat di bidang administrasi") String uraian,
      @Schema(description = "Kecamatan the node belongs to; null for an RPJMD node", nullable = true,
          examples = "35.02.08") String kecamatanKode,
      @Schema(description = "The node's own indicators") List<Indikator> indikator,
      @Schema(description = "Capaian by rule POHON_RERATA_TERLAPOR (docs/calculation.md): mean of the capaian of the"
          + " indicators linked beneath it that have one; NOT_REPORTED when none has (never 0)") Nilai capaian,
      Predikat predikat,
      @Schema(description = "Linked indicators beneath the node that have a capaian, of all linked beneath it")
      Cakupan cakupan,
      @Schema(description = "Pagu of the anggaran lines funding the node (and the nodes beneath it)") Rupiah pagu,
      @Schema(description = "Realisasi anggaran of those lines for the periode") Rupiah realisasiAnggaran,
      @Schema(description = "realisasiAnggaran / pagu") Nilai serapan,
      List<Simpul> anak) {
  }

  @Schema(name = "PohonKinerja", description = "The pohon kinerja of a kabupaten-year or a kecamatan-year.")
  public record Pohon(
      @Schema(examples = "35.02") String kabupatenKode,
      @Schema(examples = "Kabupaten Ponorogo") String kabupatenNama,
      @Schema(description = "null for the kabupaten tree", nullable = true, examples = "35.02.08") String kecamatanKode,
      @Schema(nullable = true, examples = "Mlarak") String kecamatanNama,
      @Schema(examples = "2024") int tahun,
      @Schema(description = "0 = the year, 1..4 = s.d. that triwulan", examples = "0") int periode,
      @Schema(description = "OFFICIAL (approved realisasi) or PROVISIONAL (also what waits for verification)",
          enumeration = { "OFFICIAL", "PROVISIONAL" }, examples = "OFFICIAL") String basis,
      @Schema(nullable = true, examples = "RPJMD-PONOROGO-2021-2026") String rpjmdKode,
      @Schema(nullable = true, examples = "Ponorogo Hebat") String visi,
      List<Simpul> akar,
      @Schema(description = "Nodes and indicators that link nowhere, and links whose node vanished")
      List<TanpaTautan> tanpaTautan,
      @Schema(nullable = true, examples = "2025-01-10T10:00:00+07:00") Instant asOf) {
  }

  @Schema(name = "PohonTanpaTautan", description = "A node that links nowhere, or a link whose target vanished.")
  public record TanpaTautan(
      @Schema(description = "null for an RPJMD sasaran (TANPA_KONTRIBUTOR)", nullable = true, examples = "35.02.08")
      String kecamatanKode,
      @Schema(enumeration = { "TUJUAN", "SASARAN", "PK_INDIKATOR", "ANGGARAN", "RPJMD_SASARAN" }, examples = "SASARAN")
      String jenis,
      @Schema(examples = "S3") String kode,
      @Schema(nullable = true, examples = "2024") Integer tahun,
      @Schema(description = "TANPA_TAUTAN (links nowhere), TAUTAN_RUSAK (its target vanished), TANPA_KONTRIBUTOR (an"
          + " RPJMD sasaran no kecamatan serves)", enumeration = { "TANPA_TAUTAN", "TAUTAN_RUSAK", "TANPA_KONTRIBUTOR" },
          examples = "TANPA_TAUTAN") String masalah,
      @Schema(description = "In the language of the answer",
          examples = "Sasaran S3 Kecamatan Mlarak tidak terhubung ke sasaran RPJMD") String teks) {
  }

  @Schema(name = "PohonKontributor", description = "A kecamatan contributing to an RPJMD sasaran, ranked.")
  public record Kontributor(
      @Schema(description = "By capaian, highest first; null = unranked (nothing reported)", nullable = true,
          examples = "1") Integer peringkat,
      @Schema(examples = "35.02.08") String kecamatanKode,
      @Schema(nullable = true, examples = "Mlarak") String kecamatanNama,
      @Schema(description = "The kecamatan's indicators linked to the sasaran, with their figures") List<Indikator> indikator,
      @Schema(description = "Rule POHON_RERATA_TERLAPOR over those indicators") Nilai capaian,
      Predikat predikat, Cakupan cakupan, Rupiah pagu) {
  }

  @Schema(name = "PohonKontributorDaftar", description = "The kecamatan serving one RPJMD sasaran.")
  public record KontributorDaftar(
      @Schema(examples = "35.02") String kabupatenKode,
      @Schema(examples = "2024") int tahun,
      @Schema(examples = "0") int periode,
      @Schema(enumeration = { "OFFICIAL", "PROVISIONAL" }, examples = "OFFICIAL") String basis,
      @Schema(examples = "RPJMD-PONOROGO-2021-2026") String rpjmdKode,
      @Schema(examples = "S1.1") String sasaranKode,
      @Schema(examples = "Meningkatnya kualitas pelayanan publik") String sasaranUraian,
      List<Kontributor> kontributor) {
  }
}
