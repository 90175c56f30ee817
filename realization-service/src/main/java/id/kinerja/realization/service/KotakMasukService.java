package id.kinerja.realization.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.kinerja.common.i18n.Message;
import id.kinerja.common.security.Roles;
import id.kinerja.common.time.ZonaWaktu;
import id.kinerja.realization.domain.AlasanKode;
import id.kinerja.realization.domain.AnggaranDef;
import id.kinerja.realization.domain.EntryWindow;
import id.kinerja.realization.domain.IndikatorDef;
import id.kinerja.realization.domain.Jadwal;
import id.kinerja.realization.domain.Jenis;
import id.kinerja.realization.domain.KotakMasuk;
import id.kinerja.realization.domain.KotakMasuk.Hitungan;
import id.kinerja.realization.domain.KotakMasuk.JenisItem;
import id.kinerja.realization.domain.KotakMasuk.KeadaanKecamatan;
import id.kinerja.realization.domain.Plan;
import id.kinerja.realization.domain.Realisasi;
import id.kinerja.realization.domain.RealisasiAnggaran;
import id.kinerja.realization.domain.RealisasiIndikator;
import id.kinerja.realization.domain.RealizationMessages;
import id.kinerja.realization.domain.Status;

/**
 * The inbox (kotak masuk) of one caller in one role for one triwulan (docs/realization.md "Inbox"): what waits for
 * them, counted per kind, the items oldest first. Computed from this service's own rows and copies — the cells, the
 * plan copy, the jadwal copy with its reopenings, kecamatan_copy — in one read-only snapshot: a kecamatan inbox costs
 * the plan (cache) and three statements, a kabupaten inbox one statement for all its kecamatan.
 */
@ApplicationScoped
public class KotakMasukService {

  /**
   * One item. Cell fields ({@code selJenis} … {@code revisi}) are null for a kecamatan item, {@code keadaan} and
   * {@code hitungan} null for a cell item.
   *
   * @param sejak since when it waits (window opened, created, submitted, verified, returned, closed, oldest submission)
   * @param batas until when entry is possible (close or reopening), null when entry is not possible or not the point
   */
  public record Item(JenisItem jenis, String kecamatanKode, String kecamatanNama, int tahun, int triwulan,
      Jenis selJenis, String kode, String nama, Integer versi, Status status, Integer revisi, Instant sejak,
      Instant batas, AlasanKode alasanKode, String alasan, KeadaanKecamatan keadaan, Hitungan hitungan,
      Message pesan, int urutan) {
  }

  /** The inbox: counts of every kind the role has, the state of each kecamatan (kabupaten roles), one page. */
  public record Inbox(String kabupatenKode, String kecamatanKode, int tahun, int triwulan, String peran,
      Instant dibuka, Instant ditutup, Map<JenisItem, Integer> jumlah, Map<KeadaanKecamatan, Integer> ringkasan,
      List<Item> items, int page, int size, long total) {
  }

  /** Oldest first; then by kecamatan, kind and the plan's order, so that a page is stable. */
  static final Comparator<Item> ORDER = Comparator.comparing(Item::sejak, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Item::kecamatanKode).thenComparing(Item::jenis).thenComparing(Item::urutan);

  @Inject
  PlanCache plans;

  @Inject
  RealisasiStore store;

  @Inject
  KotakMasukStore kotak;

  @Inject
  KabupatenZoneCache zones;

  @Inject
  Clock clock;

  /**
   * The inbox of {@code peran}: operator and verifier of {@code kecamatan} (its own kecamatan), the others of the
   * kabupaten. {@code tahun} and {@code triwulan} null choose the default ({@link KotakMasuk#periode}).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Inbox inbox(String kabupaten, String kecamatan, String peran, Integer tahun, Integer triwulan, int page,
      int size) {
    store.readOneSnapshot();
    Instant now = clock.instant();
    KotakMasuk.Periode p = periode(kabupaten, kecamatan, tahun, triwulan, now);
    Jadwal jadwal = plans.jadwal(kabupaten, p.tahun(), p.triwulan()).orElse(null);
    Map<JenisItem, Integer> jumlah = new EnumMap<>(JenisItem.class);
    Map<KeadaanKecamatan, Integer> ringkasan = null;
    List<Item> items = new ArrayList<>();
    switch (peran) {
      case Roles.OPERATOR -> {
        JenisItem.OPERATOR.forEach(j -> jumlah.put(j, 0));
        operator(kecamatan, p, jadwal, now, items);
      }
      case Roles.VERIFIER -> {
        JenisItem.VERIFIER.forEach(j -> jumlah.put(j, 0));
        verifier(kecamatan, p, now, items);
      }
      default -> {
        JenisItem.KABUPATEN.forEach(j -> jumlah.put(j, 0));
        ringkasan = new EnumMap<>(KeadaanKecamatan.class);
        for (KeadaanKecamatan k : KeadaanKecamatan.values()) {
          ringkasan.put(k, 0);
        }
        kabupaten(kabupaten, p, jadwal, now, items, ringkasan);
      }
    }
    items.forEach(i -> jumlah.merge(i.jenis(), 1, Integer::sum));
    // Pimpinan reads the summary of the kabupaten, not the lists (docs/realization.md "Inbox").
    if (Roles.PIMPINAN.equals(peran)) {
      items.clear();
    }
    items.sort(ORDER);
    int from = (int) Math.min(items.size(), (long) page * size);
    int to = Math.min(items.size(), from + size);
    return new Inbox(kabupaten, kecamatan, p.tahun(), p.triwulan(), peran,
        jadwal == null ? null : jadwal.inputDibuka(), jadwal == null ? null : jadwal.inputDitutup(), jumlah, ringkasan,
        List.copyOf(items.subList(from, to)), page, size, items.size());
  }

  private KotakMasuk.Periode periode(String kabupaten, String kecamatan, Integer tahun, Integer triwulan, Instant now) {
    if (tahun != null && triwulan != null) {
      return new KotakMasuk.Periode(tahun, triwulan);
    }
    List<Jadwal> all = new ArrayList<>();
    for (KotakMasukStore.JadwalKey k : kotak.jadwal(kabupaten)) {
      plans.jadwal(kabupaten, k.tahun(), k.triwulan()).ifPresent(all::add);
    }
    ZoneId zone = zones.zonaWaktu(kabupaten).orElse(ZonaWaktu.WIB).zone();
    KotakMasuk.Periode p = KotakMasuk.periode(all, kecamatan, tahun, now, zone);
    return triwulan == null ? p : new KotakMasuk.Periode(p.tahun(), triwulan);
  }

  // ---------------------------------------------------------------- operator

  private void operator(String kecamatan, KotakMasuk.Periode p, Jadwal jadwal, Instant now, List<Item> items) {
    Optional<Plan> plan = plans.plan(kecamatan, p.tahun());
    if (plan.isEmpty()) {
      return;
    }
    String nama = kotak.namaKecamatan(kecamatan).orElse(kecamatan);
    EntryWindow.Decision window = EntryWindow.decide(jadwal, kecamatan, p.tahun(), p.triwulan(), now);
    Message waktu = window.allowed()
        ? Message.of(window.terlambat() ? RealizationMessages.KOTAK_SISA_PERPANJANGAN : RealizationMessages.KOTAK_SISA,
            "sisa", KotakMasuk.durasi(Duration.between(now, window.until())), "batas", window.until())
        : window.message();
    Instant dibuka = jadwal == null ? null : jadwal.inputDibuka();
    Map<String, RealisasiIndikator> ind = store.current(CellKind.INDIKATOR, kecamatan, p.tahun(), p.triwulan(), null, false);
    Map<String, RealisasiAnggaran> ang = store.current(CellKind.ANGGARAN, kecamatan, p.tahun(), p.triwulan(), null, false);
    List<Long> buktiNeeded = ind.values().stream().filter(r -> r.status.editable()
        && plan.get().indikator().containsKey(r.kode) && plan.get().indikator().get(r.kode).evidenceRequired())
        .map(r -> r.id).toList();
    Map<Long, Integer> bukti = store.buktiCount(buktiNeeded);
    int urutan = 0;
    for (IndikatorDef d : plan.get().indikator().values()) {
      RealisasiIndikator r = ind.get(d.kode());
      urutan++;
      if (!d.due(p.triwulan()) && r == null) {
        continue;
      }
      Cell c = new Cell(kecamatan, nama, p, Jenis.INDIKATOR, d.kode(), d.nama(), r, urutan);
      toFillOrReturned(c, dibuka, window, waktu, items);
      if (r != null && r.status.editable() && d.evidenceRequired() && bukti.getOrDefault(r.id, 0) == 0) {
        items.add(c.item(JenisItem.EVIDENCE_MISSING, r.diubahPada, window.until(),
            Message.of(RealizationMessages.KOTAK_EVIDENCE_MISSING, "kode", d.kode(), "nama", d.nama(), "versi", r.versi)));
      }
    }
    for (AnggaranDef d : plan.get().anggaran().values()) {
      RealisasiAnggaran r = ang.get(d.kode());
      urutan++;
      if (!d.punyaAnak() || r != null) {
        toFillOrReturned(new Cell(kecamatan, nama, p, Jenis.ANGGARAN, d.kode(), d.nama(), r, urutan), dibuka, window,
            waktu, items);
      }
    }
  }

  /** A cell of the plan and its current version (null when not started). */
  private record Cell(String kecamatan, String kecamatanNama, KotakMasuk.Periode p, Jenis jenis, String kode,
      String nama, Realisasi r, int urutan) {

    Item item(JenisItem j, Instant sejak, Instant batas, Message pesan) {
      return new Item(j, kecamatan, kecamatanNama, p.tahun(), p.triwulan(), jenis, kode, nama,
          r == null ? null : r.versi, r == null ? null : r.status, r == null ? null : r.revisi, sejak, batas,
          r == null || r.status != Status.RETURNED ? null : r.kembaliAlasanKode,
          r == null || r.status != Status.RETURNED ? null : r.kembaliAlasan, null, null, pesan, urutan);
    }
  }

  /** Not started or a draft: to fill; returned: to correct, with the reason. Submitted and beyond: nothing to do. */
  private static void toFillOrReturned(Cell c, Instant dibuka, EntryWindow.Decision window, Message waktu,
      List<Item> items) {
    Realisasi r = c.r();
    if (r == null || r.status == Status.DRAFT) {
      Message keadaan = r == null ? Message.of(RealizationMessages.KOTAK_BELUM_DIISI)
          : Message.of(RealizationMessages.KOTAK_DRAF, "versi", r.versi);
      items.add(c.item(JenisItem.TO_FILL, r == null ? dibuka : r.dibuatPada, window.until(),
          Message.of(RealizationMessages.KOTAK_TO_FILL, "kode", c.kode(), "nama", c.nama(), "keadaan", keadaan,
              "waktu", waktu)));
    } else if (r.status == Status.RETURNED) {
      Message alasan = r.kembaliAlasan == null ? Message.of(RealizationMessages.KOTAK_ALASAN, "kode", r.kembaliAlasanKode)
          : Message.of(RealizationMessages.KOTAK_ALASAN_TEKS, "kode", r.kembaliAlasanKode, "teks", r.kembaliAlasan);
      items.add(c.item(JenisItem.RETURNED, r.dikembalikanPada, window.until(),
          Message.of(RealizationMessages.KOTAK_RETURNED, "kode", c.kode(), "nama", c.nama(), "versi", r.versi,
              "oleh", r.dikembalikanOleh, "pada", r.dikembalikanPada, "alasan", alasan, "waktu", waktu)));
    }
  }

  // ---------------------------------------------------------------- verifier

  private void verifier(String kecamatan, KotakMasuk.Periode p, Instant now, List<Item> items) {
    Optional<Plan> plan = plans.plan(kecamatan, p.tahun());
    if (plan.isEmpty()) {
      return;
    }
    String nama = kotak.namaKecamatan(kecamatan).orElse(kecamatan);
    Map<String, RealisasiIndikator> ind = store.current(CellKind.INDIKATOR, kecamatan, p.tahun(), p.triwulan(), null, false);
    Map<String, RealisasiAnggaran> ang = store.current(CellKind.ANGGARAN, kecamatan, p.tahun(), p.triwulan(), null, false);
    int urutan = 0;
    for (IndikatorDef d : plan.get().indikator().values()) {
      review(new Cell(kecamatan, nama, p, Jenis.INDIKATOR, d.kode(), d.nama(), ind.remove(d.kode()), ++urutan), now, items);
    }
    for (AnggaranDef d : plan.get().anggaran().values()) {
      review(new Cell(kecamatan, nama, p, Jenis.ANGGARAN, d.kode(), d.nama(), ang.remove(d.kode()), ++urutan), now, items);
    }
    // A submitted cell of an indicator or line a newer plan dropped still waits for its review.
    for (RealisasiIndikator r : ind.values()) {
      review(new Cell(kecamatan, nama, p, Jenis.INDIKATOR, r.kode, r.kode, r, ++urutan), now, items);
    }
    for (RealisasiAnggaran r : ang.values()) {
      review(new Cell(kecamatan, nama, p, Jenis.ANGGARAN, r.kode, r.kode, r, ++urutan), now, items);
    }
  }

  private static void review(Cell c, Instant now, List<Item> items) {
    Realisasi r = c.r();
    if (r != null && r.status == Status.SUBMITTED) {
      items.add(c.item(JenisItem.AWAITING_VERIFICATION, r.diajukanPada, null,
          Message.of(RealizationMessages.KOTAK_AWAITING_VERIFICATION, "kode", c.kode(), "nama", c.nama(), "versi",
              r.versi, "oleh", r.diajukanOleh, "pada", r.diajukanPada,
              "lama", KotakMasuk.durasi(Duration.between(r.diajukanPada, now)))));
    } else if (r != null && r.status == Status.VERIFIED) {
      items.add(c.item(JenisItem.AWAITING_APPROVAL, r.diverifikasiPada, null,
          Message.of(RealizationMessages.KOTAK_AWAITING_APPROVAL, "kode", c.kode(), "nama", c.nama(), "versi",
              r.versi, "oleh", r.diverifikasiOleh, "pada", r.diverifikasiPada,
              "lama", KotakMasuk.durasi(Duration.between(r.diverifikasiPada, now)))));
    }
  }

  // ---------------------------------------------------------------- kabupaten

  private void kabupaten(String kabupaten, KotakMasuk.Periode p, Jadwal jadwal, Instant now, List<Item> items,
      Map<KeadaanKecamatan, Integer> ringkasan) {
    Instant ditutup = jadwal == null ? null : jadwal.inputDitutup();
    Instant dibuka = jadwal == null ? null : jadwal.inputDibuka();
    for (KotakMasukStore.Baris b : kotak.hitungan(kabupaten, p.tahun(), p.triwulan())) {
      Hitungan h = b.hitungan();
      KeadaanKecamatan k = KotakMasuk.keadaan(b.adaRencana(), h);
      ringkasan.merge(k, 1, Integer::sum);
      Jadwal.Perpanjangan reopening = KotakMasuk.perpanjangan(jadwal, b.kecamatanKode());
      Instant batas = reopening != null && now.isBefore(reopening.sampai()) ? reopening.sampai()
          : ditutup != null && now.isBefore(ditutup) ? ditutup : null;
      Object[] args = { "nama", b.nama(), "triwulan", p.triwulan(), "tahun", p.tahun(), "wajib", h.wajib(),
          "belum", h.belumDiajukan(), "diajukan", h.diajukan(), "terlambat", h.terlambat() };
      switch (k) {
        case NOT_SUBMITTED -> items.add(kecamatanItem(JenisItem.KECAMATAN_NOT_SUBMITTED, b, p, dibuka, batas, k,
            Message.of(RealizationMessages.KOTAK_KECAMATAN_NOT_SUBMITTED, args)));
        case PARTLY_SUBMITTED -> items.add(kecamatanItem(JenisItem.KECAMATAN_PARTLY_SUBMITTED, b, p, dibuka, batas, k,
            Message.of(RealizationMessages.KOTAK_KECAMATAN_PARTLY_SUBMITTED, args)));
        case AWAITING_VERIFICATION -> items.add(kecamatanItem(JenisItem.KECAMATAN_AWAITING_VERIFICATION, b, p,
            b.tertuaDiajukan(), null, k, Message.of(RealizationMessages.KOTAK_KECAMATAN_AWAITING_VERIFICATION,
                with(args, "pada", b.tertuaDiajukan()))));
        default -> {
        }
      }
      if (b.adaRencana() && KotakMasuk.terlambat(k, h, ditutup, now)) {
        Message sebab = h.belumDiajukan() > 0 && ditutup != null && !now.isBefore(ditutup)
            ? Message.of(RealizationMessages.KOTAK_TERLAMBAT_BELUM, with(args, "ditutup", ditutup))
            : Message.of(RealizationMessages.KOTAK_TERLAMBAT_ENTRI, args);
        items.add(kecamatanItem(JenisItem.KECAMATAN_LATE, b, p, ditutup, batas, k,
            Message.of(RealizationMessages.KOTAK_KECAMATAN_LATE, "nama", b.nama(), "sebab", sebab)));
      }
      if (reopening != null) {
        items.add(kecamatanItem(JenisItem.KECAMATAN_REOPENED, b, p, ditutup, reopening.sampai(), k,
            Message.of(reopening.alasan() == null ? RealizationMessages.KOTAK_KECAMATAN_REOPENED
                : RealizationMessages.KOTAK_KECAMATAN_REOPENED_ALASAN, with(args, "sampai", reopening.sampai(),
                    "alasan", reopening.alasan() == null ? "" : reopening.alasan()))));
      }
    }
  }

  private static Object[] with(Object[] args, Object... more) {
    Object[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }

  private static Item kecamatanItem(JenisItem j, KotakMasukStore.Baris b, KotakMasuk.Periode p, Instant sejak,
      Instant batas, KeadaanKecamatan k, Message pesan) {
    return new Item(j, b.kecamatanKode(), b.nama(), p.tahun(), p.triwulan(), null, null, null, null, null, null, sejak,
        batas, null, null, k, b.hitungan(), pesan, 0);
  }
}
