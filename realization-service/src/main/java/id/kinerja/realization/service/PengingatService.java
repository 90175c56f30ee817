package id.kinerja.realization.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.kinerja.common.i18n.Message;
import id.kinerja.common.i18n.Messages;
import id.kinerja.common.outbox.Outbox;
import id.kinerja.common.time.ZonaWaktu;
import id.kinerja.realization.config.RealizationConfig;
import id.kinerja.realization.domain.Jadwal;
import id.kinerja.realization.domain.PengingatRules;
import id.kinerja.realization.domain.PengingatRules.Due;
import id.kinerja.realization.domain.PengingatRules.Tugas;
import id.kinerja.realization.domain.RealizationMessages;
import id.kinerja.realization.events.RealisasiEvents;
import id.kinerja.realization.events.RealisasiEvents.PengingatSent;
import id.kinerja.realization.service.PengingatStore.KecamatanTugas;
import id.kinerja.realization.service.PengingatStore.Klaim;
import id.kinerja.realization.service.PengingatStore.Kiriman;
import id.kinerja.realization.service.PengingatStore.Penerima;

/**
 * The transactions of the deadline reminders (issue #17, docs/realization.md "Pengingat"): deciding and claiming a
 * kabupaten's reminders (with the event of each kind decided), taking reminders for sending, and recording how a send
 * went. Mail is sent by {@link PengingatJob} between these transactions, never inside one.
 */
@ApplicationScoped
public class PengingatService {

  @Inject
  PengingatStore store;

  @Inject
  KabupatenZoneCache zones;

  @Inject
  RealizationConfig config;

  @Inject
  Outbox outbox;

  @Inject
  RealisasiEvents events;

  public List<String> kabupaten() {
    return store.kabupatenDenganPenerima();
  }

  /**
   * Decides the reminders due at {@code now} in one kabupaten and records each person's once (a durable claim, whoever
   * decides first); writes realisasi.pengingat.sent for each kind decided the first time. Returns the reminders this
   * call recorded. Claims are made in a fixed order (jadwal, kecamatan, person), so that two instances deciding at
   * once wait for each other instead of deadlocking, and the second records nothing.
   */
  @Transactional
  public int putuskan(String kabupatenKode, Instant now) {
    List<Penerima> penerima = store.penerima(kabupatenKode);
    if (penerima.isEmpty()) {
      return 0;
    }
    ZonaWaktu zona = zones.zonaWaktu(kabupatenKode).orElse(ZonaWaktu.ofProvinsi(kabupatenKode));
    RealizationConfig.Pengingat settings = config.pengingat();
    int recorded = 0;
    for (Jadwal j : store.jadwal(kabupatenKode, now)) {
      Optional<Due> kabupatenDue = PengingatRules.due(j.inputDibuka(), j.inputDitutup(), now, zona.zone(),
          settings.hariSebelumTutup(), settings.setelahTutup());
      // What each kecamatan has to do is counted only when the window, or a reopening of it, may have a kind due.
      if (kabupatenDue.isEmpty() && j.perpanjangan().stream().noneMatch(p -> p.sampai().isAfter(j.inputDitutup()))) {
        continue;
      }
      List<KecamatanTugas> kecamatan = store.tugas(kabupatenKode, j.tahun(), j.triwulan());
      for (KecamatanTugas k : kecamatan) {
        Instant ditutup = PengingatRules.ditutup(j, k.kode());
        Optional<Due> due = PengingatRules.due(j.inputDibuka(), ditutup, now, zona.zone(), settings.hariSebelumTutup(),
            settings.setelahTutup());
        if (due.isPresent()) {
          recorded += kecamatan(kabupatenKode, j, k, ditutup, due.get(), penerima, zona, now);
        }
      }
      if (kabupatenDue.isPresent() && kabupatenDue.get().setelahTutup()) {
        recorded += kabupaten(kabupatenKode, j, kabupatenDue.get(), kecamatan, penerima, zona, now);
      }
    }
    return recorded;
  }

  private int kecamatan(String kabupatenKode, Jadwal j, KecamatanTugas k, Instant ditutup, Due due,
      List<Penerima> penerima, ZonaWaktu zona, Instant now) {
    Tugas tugas = new Tugas(k.belum(), k.menunggu(), 0);
    List<Penerima> to = addressed(penerima.stream()
        .filter(p -> k.kode().equals(p.kecamatanKode()) && !PengingatRules.kabupatenWide(p.peran()))
        .filter(p -> PengingatRules.perlu(p.peran(), due, tugas)).toList());
    List<Klaim> klaim = new ArrayList<>();
    for (Penerima p : to) {
      boolean verifier = "verifier".equals(p.peran());
      RealizationMessages subjek = verifier ? RealizationMessages.PENGINGAT_SUBJEK_VERIFIER
          : due.setelahTutup() ? RealizationMessages.PENGINGAT_SUBJEK_OPERATOR_TERLAMBAT
              : RealizationMessages.PENGINGAT_SUBJEK_OPERATOR;
      RealizationMessages isi = verifier ? RealizationMessages.PENGINGAT_ISI_VERIFIER
          : due.setelahTutup() ? RealizationMessages.PENGINGAT_ISI_OPERATOR_TERLAMBAT
              : RealizationMessages.PENGINGAT_ISI_OPERATOR;
      Object[] args = { "nama", p.nama(), "jenis", due.jenis(), "triwulan", j.triwulan(), "tahun", j.tahun(),
          "kecamatan", k.nama(), "ditutup", ditutup, "sisa", sisa(due), "belum", k.belum(), "menunggu", k.menunggu(),
          "penutup", Message.of(RealizationMessages.PENGINGAT_PENUTUP, "zona", zona.name()) };
      klaim.add(new Klaim(p, kabupatenKode, k.kode(), j.tahun(), j.triwulan(), due.jenis(),
          render(Message.of(subjek, args), zona), render(Message.of(isi, args), zona)));
    }
    return record(klaim, new PengingatSent(kabupatenKode, k.kode(), j.tahun(), j.triwulan(), due.jenis(),
        due.hariKeTutup(), ditutup, k.belum(), k.menunggu(), to.size(), now), now);
  }

  /** Bagian Organisasi's summary on H+1: which kecamatan are still incomplete after the kabupaten's close. */
  private int kabupaten(String kabupatenKode, Jadwal j, Due due, List<KecamatanTugas> kecamatan,
      List<Penerima> penerima, ZonaWaktu zona, Instant now) {
    List<KecamatanTugas> belum = kecamatan.stream().filter(k -> k.belum() > 0).toList();
    Tugas tugas = new Tugas(belum.stream().mapToInt(KecamatanTugas::belum).sum(),
        kecamatan.stream().mapToInt(KecamatanTugas::menunggu).sum(), belum.size());
    List<Penerima> to = addressed(penerima.stream()
        .filter(p -> PengingatRules.kabupatenWide(p.peran()) && PengingatRules.perlu(p.peran(), due, tugas)).toList());
    String nama = store.kabupatenNama(kabupatenKode).orElse(kabupatenKode);
    String daftar = String.join("\n", belum.stream().map(k -> render(Message.of(
        RealizationMessages.PENGINGAT_DAFTAR_KECAMATAN, "kecamatan", k.nama(), "kode", k.kode(), "belum", k.belum()),
        zona)).toList());
    List<Klaim> klaim = new ArrayList<>();
    for (Penerima p : to) {
      Object[] args = { "nama", p.nama(), "triwulan", j.triwulan(), "tahun", j.tahun(), "kabupaten", nama,
          "ditutup", j.inputDitutup(), "jumlah", belum.size(), "daftar", daftar,
          "penutup", Message.of(RealizationMessages.PENGINGAT_PENUTUP, "zona", zona.name()) };
      klaim.add(new Klaim(p, kabupatenKode, null, j.tahun(), j.triwulan(), due.jenis(),
          render(Message.of(RealizationMessages.PENGINGAT_SUBJEK_BAGIAN_ORGANISASI, args), zona),
          render(Message.of(RealizationMessages.PENGINGAT_ISI_BAGIAN_ORGANISASI, args), zona)));
    }
    return record(klaim, new PengingatSent(kabupatenKode, null, j.tahun(), j.triwulan(), due.jenis(),
        due.hariKeTutup(), j.inputDitutup(), tugas.selBelumDiisi(), tugas.menungguVerifikasi(), to.size(), now), now);
  }

  /** Claims each person's reminder, then records the kind's decision and writes its event the first time. */
  private int record(List<Klaim> klaim, PengingatSent decided, Instant now) {
    if (klaim.isEmpty()) {
      return 0; // nobody to address: nothing is decided
    }
    int recorded = 0;
    for (Klaim k : klaim) {
      recorded += store.klaim(k, now) ? 1 : 0;
    }
    if (store.putuskan(decided.kabupatenKode(), decided.kecamatanKode(), decided.tahun(), decided.triwulan(),
        decided.jenis(), now)) {
      outbox.publishAll(List.of(events.pengingat(decided)));
    }
    return recorded;
  }

  /** Each person and role once, in a fixed order (id, role). */
  private static List<Penerima> addressed(List<Penerima> people) {
    Map<String, Penerima> unique = new LinkedHashMap<>();
    people.stream().sorted(Comparator.comparing(Penerima::id).thenComparing(Penerima::peran))
        .forEach(p -> unique.putIfAbsent(p.id() + "\u0000" + p.peran(), p));
    return List.copyOf(unique.values());
  }

  private static Message sisa(Due due) {
    return due.hariKeTutup() <= 0 ? Message.of(RealizationMessages.PENGINGAT_SISA_HARI_INI)
        : Message.of(RealizationMessages.PENGINGAT_SISA_HARI, "hari", due.hariKeTutup());
  }

  /** Mail is written in Bahasa Indonesia, times in the kabupaten's zone. */
  private static String render(Message m, ZonaWaktu zona) {
    return Messages.render(m, Messages.INDONESIAN, zona.zone());
  }

  /** Takes reminders whose time has come for sending, leased for the configured time. */
  @Transactional
  public List<Kiriman> ambil(Instant now) {
    return store.ambil(now, now.plus(config.pengingat().lease()), config.pengingat().batchSize());
  }

  @Transactional
  public void terkirim(long id, Instant now) {
    store.terkirim(id, now);
  }

  /** Reminders taken for sending but not tried (the run stopped): due again at {@code now}, no attempt counted. */
  @Transactional
  public void lepas(List<Kiriman> untried, Instant now) {
    store.lepas(untried.stream().map(Kiriman::id).toList(), now);
  }

  /** A failed send: tried again after the backoff, doubling with each attempt up to its maximum. */
  @Transactional
  public Instant gagal(Kiriman k, Instant now, String galat) {
    Duration wait = config.pengingat().backoff().multipliedBy(1L << Math.min(Math.max(k.percobaan() - 1, 0), 20));
    if (wait.compareTo(config.pengingat().backoffMax()) > 0) {
      wait = config.pengingat().backoffMax();
    }
    Instant next = now.plus(wait);
    store.gagal(k.id(), next, galat);
    return next;
  }
}
