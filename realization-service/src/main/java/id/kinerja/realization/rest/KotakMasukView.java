package id.kinerja.realization.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.common.i18n.Message;
import id.kinerja.realization.domain.AlasanKode;
import id.kinerja.realization.domain.Jenis;
import id.kinerja.realization.domain.KotakMasuk.JenisItem;
import id.kinerja.realization.domain.KotakMasuk.KeadaanKecamatan;
import id.kinerja.realization.domain.Status;
import id.kinerja.realization.service.KotakMasukService;

@Schema(name = "KotakMasuk", description = "What waits for the caller in one role in one triwulan: the number of items"
    + " of each kind the role has (over all pages), for the kabupaten roles the kecamatan per state, and one page of"
    + " items, oldest first. Times are in the kabupaten's local time.")
public record KotakMasukView(
    @Schema(examples = "35.02") String kabupatenKode,
    @Schema(description = "The kecamatan of an operator's or verifier's inbox; null for the kabupaten roles", nullable = true, examples = "35.02.08") String kecamatanKode,
    @Schema(examples = "2024") int tahun,
    @Schema(examples = "4") int triwulan,
    @Schema(description = "The role the inbox is for", enumeration = { "operator", "verifier", "bagian-organisasi", "planner", "pimpinan" }, examples = "verifier") String peran,
    @Schema(description = "When entry for the triwulan opens; null when no jadwal is published", nullable = true, examples = "2025-01-01T00:00:00+07:00") Instant dibuka,
    @Schema(description = "When entry for the triwulan closes (reopenings aside); null when no jadwal is published", nullable = true, examples = "2025-01-11T00:00:00+07:00") Instant ditutup,
    @Schema(description = "Items per kind over all pages; every kind of the role, 0 included", examples = "{\"AWAITING_VERIFICATION\": 1, \"AWAITING_APPROVAL\": 0}") Map<JenisItem, Integer> jumlah,
    @Schema(description = "Kabupaten roles: the number of kecamatan in each state; null for operator and verifier", nullable = true, examples = "{\"NOT_SUBMITTED\": 3, \"AWAITING_VERIFICATION\": 1}") Map<KeadaanKecamatan, Integer> ringkasan,
    @Schema(description = "This page's items, oldest first (by sejak); always empty for pimpinan, who reads the counts") List<Item> items,
    @Schema(examples = "0") int page,
    @Schema(examples = "50") int size,
    @Schema(description = "Items over all pages", examples = "1") long total) {

  @Schema(name = "ItemKotakMasuk", description = "One thing that waits: a cell (operator, verifier) or a kecamatan"
      + " (Bagian Organisasi, planner)")
  public record Item(
      @Schema(examples = "AWAITING_VERIFICATION") JenisItem jenis,
      @Schema(examples = "35.02.08") String kecamatanKode,
      @Schema(examples = "Mlarak") String kecamatanNama,
      @Schema(examples = "2024") int tahun,
      @Schema(examples = "4") int triwulan,
      @Schema(description = "INDIKATOR or ANGGARAN; null for a kecamatan item", nullable = true, examples = "INDIKATOR") Jenis selJenis,
      @Schema(description = "The indicator's or budget line's code; null for a kecamatan item", nullable = true, examples = "IKU-SKM") String kode,
      @Schema(description = "Its name in the plan; null for a kecamatan item", nullable = true, examples = "Nilai Survey Kepuasan Masyarakat (SKM) Pelayanan Administrasi") String nama,
      @Schema(description = "The current version; null when nothing was entered or for a kecamatan item", nullable = true, examples = "1") Integer versi,
      @Schema(description = "Its status; null when nothing was entered or for a kecamatan item", nullable = true, examples = "SUBMITTED") Status status,
      @Schema(description = "The cell's ETag (If-Match of its actions); null when nothing was entered or for a kecamatan item", nullable = true, examples = "2") Integer revisi,
      @Schema(description = "Since when it waits: entry opened (not started), created (draft), returned, submitted, verified; for a kecamatan: entry opened, its oldest waiting submission, the close (late, reopened); null without jadwal", nullable = true, examples = "2025-01-06T09:00:00+07:00") Instant sejak,
      @Schema(description = "Until when entry is possible (the close, or the kecamatan's reopening); null when entry is not possible now or not the point", nullable = true, examples = "2025-01-11T00:00:00+07:00") Instant batas,
      @Schema(description = "RETURNED: the reason's code; else null", nullable = true, examples = "REALISASI_DITELITI_ULANG") AlasanKode alasanKode,
      @Schema(description = "RETURNED: the reason's free text; null when none or for other kinds", nullable = true, examples = "Jumlah desa pada pembilang tidak sesuai data IDM") String alasan,
      @Schema(description = "Kecamatan items: the state of its triwulan; else null", nullable = true, examples = "AWAITING_VERIFICATION") KeadaanKecamatan keadaanKecamatan,
      @Schema(description = "Kecamatan items: its due cells counted by status; else null", nullable = true) HitunganView hitungan,
      @Schema(description = "What to do, in the language of the answer", examples = "IKU-SKM Nilai SKM: versi 1 diajukan oleh operator.mlarak pada 6 Januari 2025 pukul 09.00 WIB, menunggu verifikasi selama 1 jam 30 menit") Message pesan,
      @Schema(description = "Where to act: the cell, or the kecamatan's triwulan sheet", examples = "/api/kecamatan/35.02.08/realisasi/2024/4/indikator/IKU-SKM") String tautan) {
  }

  static KotakMasukView of(KotakMasukService.Inbox in) {
    return new KotakMasukView(in.kabupatenKode(), in.kecamatanKode(), in.tahun(), in.triwulan(), in.peran(),
        in.dibuka(), in.ditutup(), in.jumlah(), in.ringkasan(), in.items().stream().map(KotakMasukView::item).toList(),
        in.page(), in.size(), in.total());
  }

  private static Item item(KotakMasukService.Item i) {
    String tautan = i.selJenis() == null ? Paths.triwulan(i.kecamatanKode(), i.tahun(), i.triwulan())
        : i.selJenis() == Jenis.INDIKATOR ? Paths.indikator(i.kecamatanKode(), i.tahun(), i.triwulan(), i.kode())
            : Paths.anggaran(i.kecamatanKode(), i.tahun(), i.triwulan(), i.kode());
    return new Item(i.jenis(), i.kecamatanKode(), i.kecamatanNama(), i.tahun(), i.triwulan(), i.selJenis(), i.kode(),
        i.nama(), i.versi(), i.status(), i.revisi(), i.sejak(), i.batas(), i.alasanKode(), i.alasan(), i.keadaan(),
        HitunganView.of(i.hitungan()), i.pesan(), tautan);
  }

  static final String EXAMPLE_VERIFIER = """
      {"kabupatenKode": "35.02", "kecamatanKode": "35.02.08", "tahun": 2024, "triwulan": 4, "peran": "verifier",
       "dibuka": "2025-01-01T00:00:00+07:00", "ditutup": "2025-01-11T00:00:00+07:00",
       "jumlah": {"AWAITING_VERIFICATION": 1, "AWAITING_APPROVAL": 0}, "ringkasan": null,
       "items": [
        {"jenis": "AWAITING_VERIFICATION", "kecamatanKode": "35.02.08", "kecamatanNama": "Mlarak", "tahun": 2024,
         "triwulan": 4, "selJenis": "INDIKATOR", "kode": "IKU-SKM",
         "nama": "Nilai Survey Kepuasan Masyarakat (SKM) Pelayanan Administrasi", "versi": 1, "status": "SUBMITTED",
         "revisi": 2, "sejak": "2025-01-06T09:00:00+07:00", "batas": null, "alasanKode": null, "alasan": null,
         "keadaanKecamatan": null, "hitungan": null,
         "pesan": "IKU-SKM Nilai Survey Kepuasan Masyarakat (SKM) Pelayanan Administrasi: versi 1 diajukan oleh operator.mlarak pada 6 Januari 2025 pukul 09.00 WIB, menunggu verifikasi selama 1 jam 30 menit",
         "tautan": "/api/kecamatan/35.02.08/realisasi/2024/4/indikator/IKU-SKM"}],
       "page": 0, "size": 50, "total": 1}""";

  static final String EXAMPLE_BAGIAN_ORGANISASI = """
      {"kabupatenKode": "35.02", "kecamatanKode": null, "tahun": 2024, "triwulan": 4, "peran": "bagian-organisasi",
       "dibuka": "2025-01-01T00:00:00+07:00", "ditutup": "2025-01-11T00:00:00+07:00",
       "jumlah": {"KECAMATAN_NOT_SUBMITTED": 0, "KECAMATAN_PARTLY_SUBMITTED": 0, "KECAMATAN_AWAITING_VERIFICATION": 0,
                  "KECAMATAN_LATE": 1, "KECAMATAN_REOPENED": 0},
       "ringkasan": {"NO_PLAN": 0, "NOTHING_DUE": 0, "NOT_SUBMITTED": 0, "PARTLY_SUBMITTED": 1,
                     "AWAITING_VERIFICATION": 0, "AWAITING_APPROVAL": 0, "APPROVED": 20},
       "items": [
        {"jenis": "KECAMATAN_LATE", "kecamatanKode": "35.02.08", "kecamatanNama": "Mlarak", "tahun": 2024,
         "triwulan": 4, "selJenis": null, "kode": null, "nama": null, "versi": null, "status": null, "revisi": null,
         "sejak": "2025-01-11T00:00:00+07:00", "batas": null, "alasanKode": null, "alasan": null,
         "keadaanKecamatan": "PARTLY_SUBMITTED",
         "hitungan": {"wajib": 80, "belumDiajukan": 2, "diajukan": 70, "diverifikasi": 8, "disahkan": 0, "terlambat": 0},
         "pesan": "Kecamatan Mlarak terlambat: pengisian TW 4 2024 ditutup 11 Januari 2025 pukul 00.00 WIB dan 2 dari 80 sel belum diajukan",
         "tautan": "/api/kecamatan/35.02.08/realisasi/2024/4"}],
       "page": 0, "size": 50, "total": 1}""";
}
