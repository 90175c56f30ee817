package id.kinerja.reporting.events;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import id.kinerja.common.events.EventEnvelope;
import id.kinerja.common.events.Topics;
import id.kinerja.common.inbox.EventConsumer;
import id.kinerja.common.inbox.EventConsumers;
import id.kinerja.common.inbox.EventHandler;
import id.kinerja.common.json.CanonicalJson;
import id.kinerja.reporting.domain.Narasi;
import id.kinerja.reporting.domain.RealisasiVersi;
import id.kinerja.reporting.service.KabupatenLocks;
import id.kinerja.reporting.service.KabupatenZoneCache;
import id.kinerja.reporting.service.ProjectionStore;
import id.kinerja.reporting.service.Recalculation;
import id.kinerja.reporting.service.Touched;
import io.quarkus.runtime.StartupEvent;

/**
 * Keeps the reporting projections from kinerja.planning.v1 and kinerja.realisasi.v1. Every event carries full
 * state with a version; an older version than the one held is ignored. Indicator realisasi comes in schema v1 and v2
 * (v2 adds the narrative); both are applied, a v1 event's version keeping no narrative. A batch first updates the read copies, then
 * recalculates each kecamatan-year it touched exactly once (and each touched kabupaten-year summary once), all in
 * the consumer's transaction that records the event ids.
 */
@ApplicationScoped
public class ProjectionHandler implements EventHandler {

  public static final String CONSUMER = "reporting-projections";
  static final String KABUPATEN_CONFIGURED = "planning.kabupaten.configured";
  static final String KECAMATAN_REGISTERED = "planning.kecamatan.registered";
  static final String RENCANA_PUBLISHED = "planning.rencana-kinerja.published";
  static final String SKALA_PUBLISHED = "planning.skala-predikat.published";
  static final String JADWAL_PUBLISHED = "planning.jadwal.published";
  static final String RPJMD_PUBLISHED = "planning.rpjmd.published";
  static final String TAUTAN_PUBLISHED = "planning.tautan-kinerja.published";
  static final String INDIKATOR_CHANGED = "realisasi.indikator.status-changed";
  static final String ANGGARAN_CHANGED = "realisasi.anggaran.status-changed";

  @Inject
  EventConsumers consumers;

  @Inject
  ProjectionStore store;

  @Inject
  Recalculation recalculation;

  @Inject
  KabupatenZoneCache zones;

  @Inject
  KabupatenLocks locks;

  void start(@Observes @Priority(10) StartupEvent ev) {
    consumers.start(CONSUMER, List.of(Topics.PLANNING, Topics.REALISASI), this);
  }

  public EventConsumer consumer() {
    return consumers.get(CONSUMER).orElseThrow();
  }

  @Override
  public Set<String> handledTypes() {
    return Set.of(KABUPATEN_CONFIGURED, KECAMATAN_REGISTERED, RENCANA_PUBLISHED, SKALA_PUBLISHED, JADWAL_PUBLISHED,
        RPJMD_PUBLISHED, TAUTAN_PUBLISHED, INDIKATOR_CHANGED, ANGGARAN_CHANGED);
  }

  @Override
  public void apply(List<EventEnvelope> events) {
    Touched touched = new Touched();
    List<RealisasiVersi> indikator = new ArrayList<>();
    List<String> indikatorKab = new ArrayList<>();
    List<RealisasiVersi> anggaran = new ArrayList<>();
    List<String> anggaranKab = new ArrayList<>();
    // Kabupaten-wide changes first take their kabupaten, before anything they recompute is read (KabupatenLocks).
    locks.exclusive(kabupatenWide(events));
    for (EventEnvelope e : events) {
      switch (e.type()) {
        case KABUPATEN_CONFIGURED -> {
          Payloads.KabupatenConfigured p = e.payloadAs(Payloads.KabupatenConfigured.class);
          if (store.upsertKabupaten(p.kode(), p.nama(), p.negativeFormulaDefault(), p.overallMode(),
              p.capaianScoreCap(), p.floorNegativeAtZero(), p.konfigurasiVersi(), p.zona(), e.occurredAt())) {
            touched.kabupaten(p.kode());
            zones.changed();
          }
          // v1 carries no logo: the kabupaten had none when planning still wrote v1.
          store.upsertLogo(p.kode(), p.konfigurasiVersi(), p.logo() == null ? null : p.logo().mediaType(),
              p.logo() == null ? null : Base64.getDecoder().decode(p.logo().isi()), p.logo() == null ? null : p.logo().sha256());
        }
        case KECAMATAN_REGISTERED -> {
          Payloads.KecamatanRegistered p = e.payloadAs(Payloads.KecamatanRegistered.class);
          // v2 adds the kecamatan's profile (BAB I of its LKjIP); a v1 event leaves it unknown.
          String profil = e.version() >= 2 ? CanonicalJson.write(new ProjectionStore.KecamatanProfil(p.kode(),
              p.kabupatenKode(), p.nama(), p.alamat(), p.tugasPokok(), p.fungsi(), p.dasarHukum(), p.organisasi())) : null;
          if (store.upsertKecamatan(p.kode(), p.kabupatenKode(), p.nama(), p.desa() == null ? 0 : p.desa().size(),
              profil, e.occurredAt())) {
            touched.kabupatenSummary(p.kabupatenKode());
          }
        }
        case RENCANA_PUBLISHED -> {
          Payloads.RencanaHeader p = e.payloadAs(Payloads.RencanaHeader.class);
          if (store.upsertRencana(p.kecamatanKode(), p.tahun(), p.kabupatenKode(), p.planVersi(),
              CanonicalJson.write(e.payload()), e.occurredAt())) {
            touched.kecamatanTahun(p.kabupatenKode(), p.kecamatanKode(), p.tahun());
          }
        }
        case SKALA_PUBLISHED -> {
          Payloads.SkalaPublished p = e.payloadAs(Payloads.SkalaPublished.class);
          String bands = CanonicalJson.write(p.bands());
          // Read with planning's own rule for the purpose; a scale that breaks it is refused (dead-lettered).
          ProjectionStore.parseScale(p.tujuan(), bands);
          if (store.upsertSkala(p.kabupatenKode(), p.tahun(), p.tujuan(), p.versi(), p.nama(), bands, e.occurredAt())) {
            touched.kabupatenTahun(p.kabupatenKode(), p.tahun());
          }
        }
        case JADWAL_PUBLISHED -> {
          Payloads.JadwalPublished p = e.payloadAs(Payloads.JadwalPublished.class);
          store.upsertJadwal(p.kabupatenKode(), p.tahun(), p.triwulan(), p.versi(), p.inputDibuka(), p.inputDitutup(),
              p.verifikasiDitutup(), CanonicalJson.write(p.perpanjangan()), e.occurredAt());
        }
        case RPJMD_PUBLISHED -> {
          // The cascade (issue #19) is read with the figures when a pohon kinerja is asked for: nothing to recompute.
          Payloads.RpjmdHeader p = e.payloadAs(Payloads.RpjmdHeader.class);
          store.upsertRpjmd(p.kabupatenKode(), p.kode(), p.periodeAwal(), p.periodeAkhir(), p.versi(),
              CanonicalJson.write(e.payload()), e.occurredAt());
        }
        case TAUTAN_PUBLISHED -> {
          Payloads.TautanHeader p = e.payloadAs(Payloads.TautanHeader.class);
          store.upsertTautan(p.kecamatanKode(), p.renstraKode(), p.kabupatenKode(), p.rpjmdKode(), p.versi(),
              CanonicalJson.write(e.payload()), e.occurredAt());
        }
        case INDIKATOR_CHANGED -> {
          Payloads.IndikatorStatusChanged p = e.payloadAs(Payloads.IndikatorStatusChanged.class);
          indikator.add(new RealisasiVersi(p.kecamatanKode(), p.tahun(), p.triwulan(), p.indikatorKode(), p.versi(),
              p.revisi(), p.status(), p.keadaan(), p.nilai(), p.pembilang(), p.penyebut(), p.teks(),
              p.capaianManual() == null ? null : p.capaianManual().nilai(),
              p.capaianManual() == null ? null : p.capaianManual().justifikasi(), p.terlambat(), false, e.occurredAt(),
              e.version() >= 2 ? p.narasi() : Narasi.NONE));
          indikatorKab.add(p.kabupatenKode());
        }
        case ANGGARAN_CHANGED -> {
          Payloads.AnggaranStatusChanged p = e.payloadAs(Payloads.AnggaranStatusChanged.class);
          anggaran.add(new RealisasiVersi(p.kecamatanKode(), p.tahun(), p.triwulan(), p.anggaranKode(), p.versi(),
              p.revisi(), p.status(), "REPORTED", java.math.BigDecimal.valueOf(p.nilai()), null, null, null, null, null,
              p.terlambat(), p.melebihiPagu(), e.occurredAt(), Narasi.NONE));
          anggaranKab.add(p.kabupatenKode());
        }
        default -> {
          // not handled: handledTypes() keeps other types away
        }
      }
    }
    // Only what changed is recalculated: a stale revisi (or a version already held) touches nothing.
    touch(touched, indikator, indikatorKab, store.upsertRealisasiIndikator(indikator, indikatorKab));
    touch(touched, anggaran, anggaranKab, store.upsertRealisasiAnggaran(anggaran, anggaranKab));
    recalculation.recalculate(touched);
  }

  /** The kabupaten whose settings or scales the batch may change: what every kecamatan-year of them is computed with. */
  private static Set<String> kabupatenWide(List<EventEnvelope> events) {
    Set<String> kode = new java.util.TreeSet<>();
    for (EventEnvelope e : events) {
      if (KABUPATEN_CONFIGURED.equals(e.type()) || SKALA_PUBLISHED.equals(e.type())) {
        kode.add(e.key());
      }
    }
    return kode;
  }

  private static void touch(Touched touched, List<RealisasiVersi> rows, List<String> kab, boolean[] changed) {
    for (int i = 0; i < rows.size(); i++) {
      if (changed[i]) {
        touched.kecamatanTahun(kab.get(i), rows.get(i).kecamatanKode(), rows.get(i).tahun(), rows.get(i).triwulan());
      }
    }
  }
}
