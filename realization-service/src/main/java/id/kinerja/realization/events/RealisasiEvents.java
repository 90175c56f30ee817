package id.kinerja.realization.events;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import id.kinerja.common.events.Topics;
import id.kinerja.common.outbox.Outbox;
import id.kinerja.realization.domain.AlasanKode;
import id.kinerja.realization.domain.Keadaan;
import id.kinerja.realization.domain.NilaiIndikator;
import id.kinerja.realization.domain.Realisasi;
import id.kinerja.realization.domain.RealisasiAnggaran;
import id.kinerja.realization.domain.RealisasiIndikator;
import id.kinerja.realization.domain.Transition;

/**
 * Builds the events of kinerja.realisasi.v1 (schemas realisasi.indikator.status-changed.v2 and
 * realisasi.anggaran.status-changed.v1), keyed by kecamatan. The services write them with the Outbox in the
 * transaction of the transition. Indicator events are written in v2 only, which carries the narrative (faktor
 * pendukung, faktor penghambat, tindak lanjut) that v1 lacks; reporting reads both (docs/events.md).
 */
@ApplicationScoped
public class RealisasiEvents {

  public static final String INDIKATOR = "realisasi.indikator.status-changed";
  public static final String ANGGARAN = "realisasi.anggaran.status-changed";
  public static final String PENGINGAT = "realisasi.pengingat.sent";

  /**
   * Payload of realisasi.pengingat.sent v1: a reminder kind decided for a kecamatan (kecamatanKode null: the
   * kabupaten's summary for Bagian Organisasi); never an address.
   */
  public record PengingatSent(String kabupatenKode, String kecamatanKode, int tahun, int triwulan, String jenis,
      int hariKeTutup, Instant ditutup, int selBelumDiisi, int menungguVerifikasi, int penerimaJumlah, Instant waktu) {

    /** The record key: the kecamatan, or the kabupaten for its summary. */
    public String key() {
      return kecamatanKode == null ? kabupatenKode : kecamatanKode;
    }
  }

  /** The event of a decided reminder kind, on kinerja.realisasi.v1. */
  public Outbox.Message pengingat(PengingatSent p) {
    return new Outbox.Message(Topics.REALISASI, p.key(), PENGINGAT, 1, p);
  }

  /** The schema version of the indicator events written now. */
  public static final int INDIKATOR_VERSI = 2;

  /** Payload of realisasi.indikator.status-changed v2: v1 and the version's narrative (null where none was given). */
  public record IndikatorStatusChanged(String kabupatenKode, String kecamatanKode, int tahun, int triwulan,
      String indikatorKode, int versi, int revisi, String transition, String status, String keadaan, BigDecimal nilai,
      BigDecimal pembilang, BigDecimal penyebut, String teks, CapaianManual capaianManual, String alasan,
      String alasanKode, String faktorPendukung, String faktorPenghambat, String tindakLanjut, boolean terlambat,
      String oleh, String peran, Instant waktu) {
  }

  public record CapaianManual(BigDecimal nilai, String justifikasi) {
  }

  /** Payload of realisasi.anggaran.status-changed v1. */
  public record AnggaranStatusChanged(String kabupatenKode, String kecamatanKode, int tahun, int triwulan,
      String anggaranKode, int versi, int revisi, String transition, String status, long nilai, boolean melebihiPagu,
      String alasan, String alasanKode, boolean terlambat, String oleh, String peran, Instant waktu) {
  }

  /** The event of {@code r} (already in its new state) after {@code t}, in the schema of its kind. */
  public Outbox.Message of(Realisasi r, Transition t, String oleh, String peran, Instant waktu) {
    if (r instanceof RealisasiIndikator i) {
      return indikator(i, t, oleh, peran, waktu);
    }
    return anggaran((RealisasiAnggaran) r, t, oleh, peran, waktu);
  }

  private Outbox.Message indikator(RealisasiIndikator r, Transition t, String oleh, String peran, Instant waktu) {
    NilaiIndikator n = r.nilai;
    CapaianManual manual = n.capaianManual() == null ? null
        : new CapaianManual(n.capaianManual(), n.capaianManualJustifikasi());
    return new Outbox.Message(Topics.REALISASI, r.kecamatanKode, INDIKATOR, INDIKATOR_VERSI,
        new IndikatorStatusChanged(r.kabupatenKode, r.kecamatanKode, r.tahun, r.triwulan, r.kode, r.versi, r.revisi,
            t.name(), r.status.name(), n.keadaan().name(), n.nilai(), n.pembilang(), n.penyebut(), n.teks(), manual,
            alasan(t, r.kembaliAlasan, r.alasanKoreksi, n.keadaan() == Keadaan.NOT_APPLICABLE ? n.alasan() : null),
            t == Transition.RETURNED ? name(r.kembaliAlasanKode) : null, blankToNull(n.faktorPendukung()),
            blankToNull(n.faktorPenghambat()), blankToNull(n.tindakLanjut()), r.terlambat, oleh, peran, waktu));
  }

  private Outbox.Message anggaran(RealisasiAnggaran r, Transition t, String oleh, String peran, Instant waktu) {
    return new Outbox.Message(Topics.REALISASI, r.kecamatanKode, ANGGARAN, 1, new AnggaranStatusChanged(
        r.kabupatenKode, r.kecamatanKode, r.tahun, r.triwulan, r.kode, r.versi, r.revisi, t.name(),
        r.status.name(), r.nilai, r.melebihiPagu, alasan(t, r.kembaliAlasan, r.alasanKoreksi, null),
        t == Transition.RETURNED ? name(r.kembaliAlasanKode) : null, r.terlambat, oleh, peran, waktu));
  }

  /** The reason that explains this transition: of the return, of the correction, else of NOT_APPLICABLE. */
  private static String alasan(Transition t, String kembali, String koreksi, String notApplicable) {
    if (t == Transition.RETURNED) {
      return kembali;
    }
    if (t == Transition.CORRECTION_OPENED) {
      return koreksi;
    }
    return notApplicable;
  }

  /** The schema has no empty narrative: absent is null (the write paths store blanks as null already). */
  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static String name(AlasanKode k) {
    return k == null ? null : k.name();
  }
}
