package id.kinerja.planning.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import id.kinerja.common.events.KafkaClients;
import id.kinerja.common.events.Topics;
import id.kinerja.common.outbox.Outbox;
import id.kinerja.planning.domain.Kabupaten;
import id.kinerja.planning.domain.KabupatenLogo;
import id.kinerja.planning.domain.dokumen.KecamatanDok;
import id.kinerja.planning.domain.dokumen.RpjmdDok;
import id.kinerja.planning.domain.dokumen.TautanDok;
import id.kinerja.planning.domain.rencana.RencanaKinerja;
import id.kinerja.planning.domain.rules.Organisasi;
import id.kinerja.planning.domain.rules.PenerimaRules;
import io.quarkus.runtime.StartupEvent;

/**
 * Announces plan changes on {@link Topics#PLANNING} through the transactional outbox; schemas in
 * docs/events/schemas. Every payload is full state with a version, so a consumer that starts later rebuilds its
 * copy by reading the topic from offset 0 and keeping the highest version per key.
 */
@ApplicationScoped
public class PlanningEvents {

  public static final String KABUPATEN_CONFIGURED = "planning.kabupaten.configured";
  public static final String KECAMATAN_REGISTERED = "planning.kecamatan.registered";
  public static final String RENCANA_KINERJA_PUBLISHED = "planning.rencana-kinerja.published";
  public static final String SKALA_PREDIKAT_PUBLISHED = "planning.skala-predikat.published";
  public static final String JADWAL_PUBLISHED = "planning.jadwal.published";
  public static final String PENERIMA_PUBLISHED = "planning.penerima.published";
  public static final String RPJMD_PUBLISHED = "planning.rpjmd.published";
  public static final String TAUTAN_KINERJA_PUBLISHED = "planning.tautan-kinerja.published";
  /** The plan is written in v2 only: v1 and the budget by jenis belanja (docs/events.md); consumers read both. */
  public static final int RENCANA_VERSI = 2;

  /** Payload of planning.kabupaten.configured v2: v1 and the logo (null when none was uploaded). */
  public record KabupatenConfigured(String kode, String nama, String negativeFormulaDefault, String overallMode,
      BigDecimal capaianScoreCap, boolean floorNegativeAtZero, int konfigurasiVersi, String zonaWaktu, Logo logo) {
  }

  /** The logo's bytes travel base64 in the event: the consumers keep a copy of what they print. */
  public record Logo(String mediaType, String isi, String sha256) {
  }

  /** Payload of planning.kecamatan.registered v2: v1 and the kecamatan's address, tugas, fungsi, dasar hukum, organisation. */
  public record KecamatanRegistered(String kabupatenKode, String kode, String kodeBps, String nama, List<Desa> desa,
      String alamat, String tugasPokok, List<String> fungsi, List<String> dasarHukum, List<Unit> organisasi) {
  }

  public record Desa(String kode, String nama, String jenis) {
  }

  public record Unit(String kode, String nama, String indukKode, Kepala kepala) {
  }

  public record Kepala(String nama, String nip, String jabatan, String peran, String pangkat) {
  }

  /** Payload of planning.skala-predikat.published v1. */
  public record SkalaPredikatPublished(String kabupatenKode, int tahun, String tujuan, String nama, int versi,
      List<Band> bands) {
  }

  public record Band(BigDecimal lower, boolean lowerInclusive, BigDecimal upper, boolean upperInclusive, int skor,
      String label, String kode) {
  }

  /** Payload of planning.jadwal.published v1. */
  public record JadwalPublished(String kabupatenKode, int tahun, int triwulan, int versi, Instant inputDibuka,
      Instant inputDitutup, Instant verifikasiDitutup, List<Perpanjangan> perpanjangan) {
  }

  public record Perpanjangan(String kecamatanKode, Instant sampai, String alasan, String oleh) {
  }

  /** Payload of planning.penerima.published v1: the kabupaten's whole list of recipients. */
  public record PenerimaPublished(String kabupatenKode, int versi, List<PenerimaRules.Entri> penerima) {
  }

  /** Payload of planning.rpjmd.published v1: the kabupaten's RPJMD, full state (issue #19). */
  public record RpjmdPublished(String kabupatenKode, String kode, String nama, int periodeAwal, int periodeAkhir, int versi,
      String visi, List<RpjmdDok.Misi> misi, List<RpjmdTujuan> tujuan, List<RpjmdSasaran> sasaran) {
  }

  public record RpjmdTujuan(String kode, String uraian, String misiKode, List<RpjmdIndikator> indikator) {
  }

  public record RpjmdSasaran(String kode, String uraian, String tujuanKode, String indukKode, List<RpjmdIndikator> indikator) {
  }

  public record RpjmdIndikator(String kode, String nama, String satuan, String polarity, boolean iku, RpjmdDok.Nilai baseline,
      List<RpjmdDok.Nilai> targetTahunan, RpjmdDok.Nilai targetAkhir) {
  }

  /** Payload of planning.tautan-kinerja.published v1: the links of one kecamatan Renstra, full state (issue #19). */
  public record TautanKinerjaPublished(String kabupatenKode, String kecamatanKode, String renstraKode, String rpjmdKode,
      int versi, List<TautanDok.Tautan> tautan, List<TautanDok.Dari> tanpaTautan) {
  }

  @Inject
  Outbox outbox;

  @Inject
  KafkaClients kafka;

  /** The topic must exist before the relay's first send (brokers here do not auto-create topics). */
  void createTopic(@Observes @Priority(1) StartupEvent ev) {
    kafka.ensureTopics(List.of(Topics.PLANNING), true);
  }

  /** The kabupaten's full state with its logo ({@code logo} null when it has none). */
  public void kabupatenConfigured(Kabupaten k, KabupatenLogo logo) {
    outbox.publish(Topics.PLANNING, k.kode, KABUPATEN_CONFIGURED, 2, new KabupatenConfigured(k.kode, k.nama,
        k.negativeFormulaDefault.name(), k.overallMode.name(), k.capaianScoreCap, k.floorNegativeAtZero,
        k.konfigurasiVersi, k.zonaWaktu.name(),
        logo == null ? null : new Logo(logo.mediaType, Base64.getEncoder().encodeToString(logo.isi), logo.sha256)));
  }

  /** {@code k} with its defaults filled in (Defaults.kecamatan). */
  public void kecamatanRegistered(String kabupatenKode, KecamatanDok k) {
    List<Unit> organisasi = Organisasi.of(k.unitKerja(), k.pejabat()).stream()
        .map(u -> new Unit(u.kode(), u.nama(), u.indukKode(), u.kepala() == null ? null
            : new Kepala(u.kepala().nama(), u.kepala().nip(), u.kepala().jabatan(), u.kepala().peran().name(),
                u.kepala().pangkat())))
        .toList();
    outbox.publish(Topics.PLANNING, k.kode(), KECAMATAN_REGISTERED, 2, new KecamatanRegistered(kabupatenKode, k.kode(),
        k.kodeBps(), k.nama(), k.desa().stream().map(d -> new Desa(d.kode(), d.nama(), d.jenis().name())).toList(),
        k.alamat(), k.tugasPokok(), k.fungsi(), k.dasarHukum(), organisasi));
  }

  public void rencanaKinerjaPublished(RencanaKinerja r) {
    outbox.publish(Topics.PLANNING, r.kecamatanKode(), RENCANA_KINERJA_PUBLISHED, RENCANA_VERSI, r);
  }

  public void skalaPredikatPublished(SkalaPredikatPublished s) {
    outbox.publish(Topics.PLANNING, s.kabupatenKode(), SKALA_PREDIKAT_PUBLISHED, 1, s);
  }

  public void jadwalPublished(JadwalPublished j) {
    outbox.publish(Topics.PLANNING, j.kabupatenKode(), JADWAL_PUBLISHED, 1, j);
  }

  /** {@code r} as stored (validated by RpjmdRules), with its versi. */
  public void rpjmdPublished(String kabupatenKode, int versi, RpjmdDok r) {
    outbox.publish(Topics.PLANNING, kabupatenKode, RPJMD_PUBLISHED, 1, new RpjmdPublished(kabupatenKode, r.kode(), r.nama(),
        r.periodeAwal(), r.periodeAkhir(), versi, r.visi(), r.misi(),
        r.tujuan().stream().map(t -> new RpjmdTujuan(t.kode(), t.uraian(), t.misiKode(), indikator(t.indikator()))).toList(),
        r.sasaran().stream().map(x -> new RpjmdSasaran(x.kode(), x.uraian(), x.tujuanKode(), x.indukKode(),
            indikator(x.indikator()))).toList()));
  }

  private static List<RpjmdIndikator> indikator(List<RpjmdDok.Indikator> list) {
    return list.stream().map(i -> new RpjmdIndikator(i.kode(), i.nama(), i.satuan(), i.polarity().name(),
        Boolean.TRUE.equals(i.iku()), i.baseline(), i.targetTahunan(), i.targetAkhir())).toList();
  }

  public void tautanKinerjaPublished(TautanKinerjaPublished t) {
    outbox.publish(Topics.PLANNING, t.kecamatanKode(), TAUTAN_KINERJA_PUBLISHED, 1, t);
  }

  public void penerimaPublished(String kabupatenKode, int versi, List<PenerimaRules.Entri> penerima) {
    outbox.publish(Topics.PLANNING, kabupatenKode, PENERIMA_PUBLISHED, 1, new PenerimaPublished(kabupatenKode, versi,
        penerima));
  }
}
