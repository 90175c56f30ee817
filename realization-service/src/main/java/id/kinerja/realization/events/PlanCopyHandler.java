package id.kinerja.realization.events;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import id.kinerja.common.events.EventEnvelope;
import id.kinerja.common.events.KafkaClients;
import id.kinerja.common.events.Topics;
import id.kinerja.common.inbox.EventConsumers;
import id.kinerja.common.inbox.EventHandler;
import id.kinerja.common.jdbc.Jdbc;
import id.kinerja.common.json.CanonicalJson;
import id.kinerja.common.time.ZonaWaktu;
import id.kinerja.common.tx.AfterCommit;
import id.kinerja.realization.domain.AnggaranDef;
import id.kinerja.realization.domain.KabupatenCopy;
import id.kinerja.realization.service.KabupatenZoneCache;
import id.kinerja.realization.service.PlanCache;
import io.quarkus.runtime.StartupEvent;

/**
 * Keeps this service's copy of the plan (what realisasi are validated against) from kinerja.planning.v1.
 * Every event carries full state with a version; an older version than the one held is ignored. The in-memory
 * {@link PlanCache} is told after the transaction commits.
 */
@ApplicationScoped
public class PlanCopyHandler implements EventHandler {

  public static final String CONSUMER = "realization-plan-copy";
  static final String KABUPATEN_CONFIGURED = "planning.kabupaten.configured";
  static final String KECAMATAN_REGISTERED = "planning.kecamatan.registered";
  static final String RENCANA_PUBLISHED = "planning.rencana-kinerja.published";
  static final String JADWAL_PUBLISHED = "planning.jadwal.published";
  static final String PENERIMA_PUBLISHED = "planning.penerima.published";

  /** Payload of planning.kabupaten.configured v1; zonaWaktu is absent in events written before kabupaten had zones. */
  record KabupatenConfigured(String kode, String nama, String negativeFormulaDefault, String overallMode,
      BigDecimal capaianScoreCap, boolean floorNegativeAtZero, int konfigurasiVersi, String zonaWaktu) {

    /** The zone named, or the province's when the event names none. */
    ZonaWaktu zona() {
      return zonaWaktu == null ? ZonaWaktu.ofProvinsi(kode) : ZonaWaktu.valueOf(zonaWaktu);
    }
  }

  /** Payload of planning.kecamatan.registered v1 (the fields kept here). */
  record KecamatanRegistered(String kabupatenKode, String kode, String nama, List<Object> desa) {
  }

  /**
   * Payload of planning.rencana-kinerja.published v1 and v2 (the fields realisasi capture needs); belanja, the budget by
   * jenis belanja, comes with v2 and is null in v1.
   */
  record RencanaPublished(String kabupatenKode, String kecamatanKode, int tahun, int planVersi, List<Indikator> indikator,
      List<Anggaran> anggaran, List<Belanja> belanja) {

    /** The lines realisasi is captured on: the program tree, then the jenis belanja as lines without parent or children. */
    List<Anggaran> lines() {
      List<Anggaran> all = new ArrayList<>(anggaran);
      if (belanja != null) {
        belanja.forEach(b -> all.add(new Anggaran(b.kode(), b.nama(), AnggaranDef.JENIS_BELANJA, null, b.pagu(),
            b.paguTriwulan())));
      }
      return all;
    }
  }

  /** A line of the budget by jenis belanja (docs/domain.md §2.12). */
  record Belanja(String kode, String nama, long pagu, List<Long> paguTriwulan) {
  }

  record Indikator(String kode, String nama, String satuan, String targetType, String aggregation, int precision,
      Komponen komponen, boolean evidenceRequired, List<Integer> dueTriwulan, Target target,
      List<TargetTriwulan> targetTriwulan, Baseline baseline, TargetAkhir targetAkhir, String anggaranKode) {
  }

  record Komponen(String pembilang, String penyebut) {
  }

  record Target(BigDecimal nilai, BigDecimal min, BigDecimal max, String teks) {
    Stream<BigDecimal> numbers() {
      return Stream.of(nilai, min, max).filter(java.util.Objects::nonNull);
    }
  }

  record TargetTriwulan(int triwulan, Target target) {
  }

  record Baseline(int tahun, BigDecimal nilai) {
  }

  record TargetAkhir(int tahun, Target target) {
  }

  record Anggaran(String kode, String nama, String level, String parentKode, long pagu, List<Long> paguTriwulan) {
  }

  /** Payload of planning.jadwal.published v1. */
  record JadwalPublished(String kabupatenKode, int tahun, int triwulan, int versi, Instant inputDibuka,
      Instant inputDitutup, Instant verifikasiDitutup, List<Perpanjangan> perpanjangan) {
  }

  record Perpanjangan(String kecamatanKode, Instant sampai, String alasan, String oleh) {
  }

  /** Payload of planning.penerima.published v1: everyone of the kabupaten who can be notified. */
  record PenerimaPublished(String kabupatenKode, int versi, List<Penerima> penerima) {
  }

  record Penerima(String id, String nama, String surel, String peran, String kecamatanKode,
      boolean berhentiBerlangganan) {
  }

  @Inject
  EventConsumers consumers;

  @Inject
  KafkaClients kafka;

  @Inject
  Jdbc jdbc;

  @Inject
  PlanCache cache;

  @Inject
  KabupatenZoneCache zones;

  @Inject
  TransactionSynchronizationRegistry transactions;

  void start(@Observes @Priority(10) StartupEvent ev) {
    kafka.ensureTopics(List.of(Topics.REALISASI), true);
    consumers.start(CONSUMER, List.of(Topics.PLANNING), this);
  }

  @Override
  public Set<String> handledTypes() {
    return Set.of(KABUPATEN_CONFIGURED, KECAMATAN_REGISTERED, RENCANA_PUBLISHED, JADWAL_PUBLISHED, PENERIMA_PUBLISHED);
  }

  /** In the inbox's transaction: the copies change with the event's inbox entry, or not at all. */
  @Override
  public void apply(List<EventEnvelope> events) {
    for (EventEnvelope e : events) {
      switch (e.type()) {
        case KABUPATEN_CONFIGURED -> kabupatenConfigured(e.payloadAs(KabupatenConfigured.class));
        case KECAMATAN_REGISTERED -> kecamatanRegistered(e.payloadAs(KecamatanRegistered.class));
        case RENCANA_PUBLISHED -> rencanaPublished(e.payloadAs(RencanaPublished.class));
        case JADWAL_PUBLISHED -> jadwalPublished(e.payloadAs(JadwalPublished.class));
        case PENERIMA_PUBLISHED -> penerimaPublished(e.payloadAs(PenerimaPublished.class));
        default -> {
        }
      }
    }
  }

  private void kabupatenConfigured(KabupatenConfigured p) {
    KabupatenCopy k = KabupatenCopy.findById(p.kode());
    if (k == null) {
      k = new KabupatenCopy();
      k.kode = p.kode();
    } else if (k.konfigurasiVersi >= p.konfigurasiVersi()) {
      return;
    }
    k.nama = p.nama();
    k.negativeFormulaDefault = p.negativeFormulaDefault();
    k.overallMode = p.overallMode();
    k.capaianScoreCap = p.capaianScoreCap();
    k.floorNegativeAtZero = p.floorNegativeAtZero();
    k.konfigurasiVersi = p.konfigurasiVersi();
    k.zonaWaktu = p.zona();
    k.persist();
    zones.changed();
  }

  private void kecamatanRegistered(KecamatanRegistered p) {
    jdbc.update("insert into kecamatan_copy (kode, kabupaten_kode, nama, jumlah_desa) values (?, ?, ?, ?)"
        + " on conflict (kode) do update set kabupaten_kode = excluded.kabupaten_kode, nama = excluded.nama,"
        + " jumlah_desa = excluded.jumlah_desa", ps -> {
          ps.setString(1, p.kode());
          ps.setString(2, p.kabupatenKode());
          ps.setString(3, p.nama());
          ps.setInt(4, p.desa() == null ? 0 : p.desa().size());
        });
  }

  /** Replaces the copy of (kecamatan, tahun) when planVersi is higher than the one held. */
  private void rencanaPublished(RencanaPublished p) {
    boolean newer = jdbc.one("insert into rencana_copy (kecamatan_kode, tahun, kabupaten_kode, plan_versi)"
        + " values (?, ?, ?, ?) on conflict (kecamatan_kode, tahun) do update set plan_versi = excluded.plan_versi,"
        + " kabupaten_kode = excluded.kabupaten_kode where rencana_copy.plan_versi < excluded.plan_versi returning plan_versi",
        ps -> {
          ps.setString(1, p.kecamatanKode());
          ps.setInt(2, p.tahun());
          ps.setString(3, p.kabupatenKode());
          ps.setInt(4, p.planVersi());
        }, rs -> true).isPresent();
    if (!newer) {
      return; // an older or equal version: keep what we hold
    }
    for (String table : List.of("indikator_copy", "anggaran_copy")) {
      jdbc.update("delete from " + table + " where kecamatan_kode = ? and tahun = ?", ps -> {
        ps.setString(1, p.kecamatanKode());
        ps.setInt(2, p.tahun());
      });
    }
    insertIndikator(p);
    insertAnggaran(p);
    afterCommit(() -> cache.invalidatePlan(p.kecamatanKode(), p.tahun()));
  }

  private void insertIndikator(RencanaPublished p) {
    int[] urutan = { 0 };
    jdbc.batch("insert into indikator_copy (kecamatan_kode, tahun, kode, nama, satuan, target_type, aggregation,"
        + " komponen_pembilang, komponen_penyebut, presisi, due_triwulan, evidence_required, boleh_negatif,"
        + " anggaran_kode, urutan, target_tahun, target_triwulan) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        + " ?::jsonb, ?::jsonb)", p.indikator(), (ps, i) -> {
          ps.setString(1, p.kecamatanKode());
          ps.setInt(2, p.tahun());
          ps.setString(3, i.kode());
          ps.setString(4, i.nama());
          ps.setString(5, i.satuan());
          ps.setString(6, i.targetType());
          ps.setString(7, i.aggregation());
          ps.setString(8, i.komponen() == null ? null : i.komponen().pembilang());
          ps.setString(9, i.komponen() == null ? null : i.komponen().penyebut());
          ps.setInt(10, i.precision());
          Jdbc.setArray(ps, 11, "smallint", i.dueTriwulan().stream().map(Integer::shortValue).toList());
          ps.setBoolean(12, i.evidenceRequired());
          ps.setBoolean(13, negativeInPlan(i));
          ps.setString(14, i.anggaranKode());
          ps.setInt(15, urutan[0]++);
          ps.setString(16, i.target() == null ? null : CanonicalJson.write(i.target()));
          ps.setString(17, i.targetTriwulan() == null ? null : CanonicalJson.write(i.targetTriwulan()));
        });
  }

  /**
   * A line has children when one names it as parent, or when a kode below it exists in the program tree. A jenis
   * belanja line is captured like a line without children: the cells, workflow and events are the budget lines'.
   */
  private void insertAnggaran(RencanaPublished p) {
    Set<String> parents = new HashSet<>();
    for (Anggaran a : p.anggaran()) {
      if (a.parentKode() != null) {
        parents.add(a.parentKode());
      }
    }
    List<String> kodes = p.anggaran().stream().map(Anggaran::kode).toList();
    int[] urutan = { 0 };
    jdbc.batch("insert into anggaran_copy (kecamatan_kode, tahun, kode, nama, level, parent_kode, pagu, punya_anak,"
        + " urutan, pagu_triwulan) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", p.lines(), (ps, a) -> {
          ps.setString(1, p.kecamatanKode());
          ps.setInt(2, p.tahun());
          ps.setString(3, a.kode());
          ps.setString(4, a.nama());
          ps.setString(5, a.level());
          ps.setString(6, a.parentKode());
          ps.setLong(7, a.pagu());
          ps.setBoolean(8, !AnggaranDef.JENIS_BELANJA.equals(a.level())
              && (parents.contains(a.kode()) || kodes.stream().anyMatch(k -> k.startsWith(a.kode() + "."))));
          ps.setInt(9, urutan[0]++);
          if (a.paguTriwulan() == null) {
            ps.setNull(10, java.sql.Types.ARRAY);
          } else {
            Jdbc.setArray(ps, 10, "bigint", a.paguTriwulan());
          }
        });
  }

  /** A negative realisasi is plausible only for an indicator whose plan already uses negative numbers. */
  static boolean negativeInPlan(Indikator i) {
    List<BigDecimal> numbers = new ArrayList<>();
    if (i.target() != null) {
      i.target().numbers().forEach(numbers::add);
    }
    if (i.targetTriwulan() != null) {
      i.targetTriwulan().stream().filter(t -> t.target() != null).forEach(t -> t.target().numbers().forEach(numbers::add));
    }
    if (i.baseline() != null && i.baseline().nilai() != null) {
      numbers.add(i.baseline().nilai());
    }
    if (i.targetAkhir() != null && i.targetAkhir().target() != null) {
      i.targetAkhir().target().numbers().forEach(numbers::add);
    }
    return numbers.stream().anyMatch(n -> n.signum() < 0);
  }

  private void jadwalPublished(JadwalPublished p) {
    int changed = jdbc.update("insert into jadwal_copy (kabupaten_kode, tahun, triwulan, versi, input_dibuka,"
        + " input_ditutup, verifikasi_ditutup, perpanjangan) values (?, ?, ?, ?, ?, ?, ?, ?)"
        + " on conflict (kabupaten_kode, tahun, triwulan) do update set versi = excluded.versi,"
        + " input_dibuka = excluded.input_dibuka, input_ditutup = excluded.input_ditutup,"
        + " verifikasi_ditutup = excluded.verifikasi_ditutup, perpanjangan = excluded.perpanjangan"
        + " where jadwal_copy.versi < excluded.versi", ps -> {
          ps.setString(1, p.kabupatenKode());
          ps.setInt(2, p.tahun());
          ps.setInt(3, p.triwulan());
          ps.setInt(4, p.versi());
          ps.setTimestamp(5, Timestamp.from(p.inputDibuka()));
          ps.setTimestamp(6, Timestamp.from(p.inputDitutup()));
          ps.setTimestamp(7, p.verifikasiDitutup() == null ? null : Timestamp.from(p.verifikasiDitutup()));
          ps.setString(8, CanonicalJson.write(p.perpanjangan() == null ? List.of() : p.perpanjangan()));
        });
    if (changed > 0) {
      afterCommit(() -> cache.invalidateJadwal(p.kabupatenKode(), p.tahun(), p.triwulan()));
    }
  }

  /** Replaces the kabupaten's list when versi is higher than the one held (one key: one worker at a time). */
  private void penerimaPublished(PenerimaPublished p) {
    boolean newer = jdbc.one("insert into penerima_copy_versi (kabupaten_kode, versi) values (?, ?)"
        + " on conflict (kabupaten_kode) do update set versi = excluded.versi"
        + " where penerima_copy_versi.versi < excluded.versi returning versi",
        Jdbc.params(p.kabupatenKode(), p.versi()), rs -> true).isPresent();
    if (!newer) {
      return;
    }
    jdbc.update("delete from penerima_copy where kabupaten_kode = ?", Jdbc.params(p.kabupatenKode()));
    int[] urutan = { 0 };
    jdbc.batch("insert into penerima_copy (kabupaten_kode, urutan, id, nama, surel, peran, kecamatan_kode,"
        + " berhenti_berlangganan) values (?, ?, ?, ?, ?, ?, ?, ?)", p.penerima(), (ps, r) -> {
          ps.setString(1, p.kabupatenKode());
          ps.setInt(2, urutan[0]++);
          ps.setString(3, r.id());
          ps.setString(4, r.nama());
          ps.setString(5, r.surel());
          ps.setString(6, r.peran());
          Jdbc.setString(ps, 7, r.kecamatanKode());
          ps.setBoolean(8, r.berhentiBerlangganan());
        });
  }

  private void afterCommit(Runnable r) {
    AfterCommit.run(transactions, r);
  }
}
