package id.kinerja.reporting.service;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.kinerja.common.jdbc.Jdbc;
import id.kinerja.reporting.domain.webhook.PengirimanStatus;
import id.kinerja.reporting.domain.webhook.WebhookJenis;

/**
 * SQL of the webhook tables (V12): registrations, deliveries and their attempts. Deliveries are inserted in the
 * transaction of the event that causes them (one per webhook and source, a second insert of the same source does
 * nothing); the sender claims due ones with {@code for update skip locked}, so several instances never send one
 * delivery at once.
 */
@ApplicationScoped
public class WebhookStore {

  /** A registered webhook as stored (the secret included: only the sender reads it). */
  public record WebhookRow(UUID id, String kabupatenKode, String url, String rahasia, List<WebhookJenis> jenis,
      boolean aktif, Instant dibuat, String dibuatOleh, Instant diubah, String diubahOleh) {
  }

  /** A delivery as stored, without its body. */
  public record PengirimanRow(UUID id, UUID webhookId, String sumber, WebhookJenis jenis, PengirimanStatus status, int seri,
      int percobaan, Instant jatuhTempo, Instant dibuat, Instant selesai) {
  }

  /** One attempt as stored. */
  public record PercobaanRow(UUID pengirimanId, int seri, int nomor, Instant mulai, long durasiMs, Integer statusKode,
      String jawaban, String galat, String galatRincian) {
  }

  /** A delivery claimed for sending, with what the sender needs: the body, the URL and the secret. */
  public record Klaim(UUID id, UUID klaim, WebhookJenis jenis, String isi, int seri, int percobaan, String url,
      String rahasia) {
  }

  private static final String WEBHOOK_COLUMNS = "id, kabupaten_kode, url, rahasia, jenis, aktif, dibuat, dibuat_oleh,"
      + " diubah, diubah_oleh";
  private static final String PENGIRIMAN_COLUMNS = "id, webhook_id, sumber, jenis, status, seri, percobaan, jatuh_tempo,"
      + " dibuat, selesai";

  @Inject
  Jdbc jdbc;

  public void insert(WebhookRow w) {
    jdbc.update("insert into webhook (" + WEBHOOK_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
      ps.setObject(1, w.id());
      ps.setString(2, w.kabupatenKode());
      ps.setString(3, w.url());
      ps.setString(4, w.rahasia());
      Jdbc.setArray(ps, 5, "text", names(w.jenis()));
      ps.setBoolean(6, w.aktif());
      Jdbc.setInstant(ps, 7, w.dibuat());
      ps.setString(8, w.dibuatOleh());
      Jdbc.setInstant(ps, 9, w.diubah());
      ps.setString(10, w.diubahOleh());
    });
  }

  /** Changes a webhook of the kabupaten; a null secret keeps the stored one. False when there is no such webhook. */
  public boolean update(UUID id, String kabupatenKode, String url, String rahasia, List<WebhookJenis> jenis, boolean aktif,
      Instant pada, String oleh) {
    return jdbc.update("update webhook set url = ?, rahasia = coalesce(?, rahasia), jenis = ?, aktif = ?, diubah = ?,"
        + " diubah_oleh = ? where id = ? and kabupaten_kode = ?", ps -> {
          ps.setString(1, url);
          Jdbc.setString(ps, 2, rahasia);
          Jdbc.setArray(ps, 3, "text", names(jenis));
          ps.setBoolean(4, aktif);
          Jdbc.setInstant(ps, 5, pada);
          ps.setString(6, oleh);
          ps.setObject(7, id);
          ps.setString(8, kabupatenKode);
        }) == 1;
  }

  /** Removes a webhook with its deliveries and attempts. False when there is no such webhook. */
  public boolean delete(UUID id, String kabupatenKode) {
    return jdbc.update("delete from webhook where id = ? and kabupaten_kode = ?", Jdbc.params(id, kabupatenKode)) == 1;
  }

  public Optional<WebhookRow> find(UUID id, String kabupatenKode) {
    return jdbc.one("select " + WEBHOOK_COLUMNS + " from webhook where id = ? and kabupaten_kode = ?",
        Jdbc.params(id, kabupatenKode), WebhookStore::webhook);
  }

  public List<WebhookRow> list(String kabupatenKode, int page, int size) {
    return jdbc.list("select " + WEBHOOK_COLUMNS + " from webhook where kabupaten_kode = ? order by dibuat desc, id"
        + " limit ? offset ?", Jdbc.params(kabupatenKode, size, (long) page * size), WebhookStore::webhook);
  }

  public long count(String kabupatenKode) {
    return jdbc.one("select count(*) from webhook where kabupaten_kode = ?", Jdbc.params(kabupatenKode), rs -> rs.getLong(1))
        .orElse(0L);
  }

  /** The active webhooks of a kabupaten that receive a kind: only that kabupaten's, never another's. */
  /** The kabupaten that have at least one active webhook (a handful; read once per poll of the webhook consumer). */
  public Set<String> kabupatenWithActiveWebhooks() {
    return Set.copyOf(jdbc.list("select distinct kabupaten_kode from webhook where aktif", Jdbc.NONE,
        rs -> rs.getString(1)));
  }

  public List<UUID> subscribers(String kabupatenKode, WebhookJenis jenis) {
    return jdbc.list("select id from webhook where kabupaten_kode = ? and aktif and ? = any (jenis) order by id",
        Jdbc.params(kabupatenKode, jenis.nama()), rs -> rs.getObject(1, UUID.class));
  }

  /** A new delivery, due now; nothing when the webhook already has one for this source (a redelivered event). */
  public boolean insertPengiriman(UUID id, UUID webhookId, String sumber, WebhookJenis jenis, String isi, Instant pada) {
    return jdbc.update("insert into webhook_pengiriman (id, webhook_id, sumber, jenis, isi, status, jatuh_tempo, dibuat)"
        + " values (?, ?, ?, ?, ?, 'MENUNGGU', ?, ?) on conflict (webhook_id, sumber) do nothing",
        Jdbc.params(id, webhookId, sumber, jenis.nama(), isi, pada, pada)) == 1;
  }

  public List<PengirimanRow> pengiriman(UUID webhookId, PengirimanStatus status, int page, int size) {
    return jdbc.list("select " + PENGIRIMAN_COLUMNS + " from webhook_pengiriman where webhook_id = ?"
        + " and (?::varchar is null or status = ?::varchar) order by dibuat desc, id limit ? offset ?",
        Jdbc.params(webhookId, status == null ? null : status.name(), status == null ? null : status.name(), size,
            (long) page * size), WebhookStore::pengiriman);
  }

  public long countPengiriman(UUID webhookId, PengirimanStatus status) {
    return jdbc.one("select count(*) from webhook_pengiriman where webhook_id = ?"
        + " and (?::varchar is null or status = ?::varchar)",
        Jdbc.params(webhookId, status == null ? null : status.name(), status == null ? null : status.name()),
        rs -> rs.getLong(1)).orElse(0L);
  }

  public Optional<PengirimanRow> findPengiriman(UUID id, UUID webhookId) {
    return jdbc.one("select " + PENGIRIMAN_COLUMNS + " from webhook_pengiriman where id = ? and webhook_id = ?",
        Jdbc.params(id, webhookId), WebhookStore::pengiriman);
  }

  /** The last {@code max} attempts of each delivery, oldest first. */
  public Map<UUID, List<PercobaanRow>> percobaan(List<UUID> pengirimanIds, int max) {
    Map<UUID, List<PercobaanRow>> out = new LinkedHashMap<>();
    if (pengirimanIds.isEmpty()) {
      return out;
    }
    jdbc.each("select pengiriman_id, seri, nomor, mulai, durasi_ms, status_kode, jawaban, galat, galat_rincian from ("
        + " select p.*, row_number() over (partition by pengiriman_id order by id desc) n from webhook_percobaan p"
        + " where pengiriman_id = any (?)) t where n <= ? order by pengiriman_id, id", ps -> {
          Jdbc.setArray(ps, 1, "uuid", pengirimanIds);
          ps.setInt(2, max);
        }, rs -> out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new PercobaanRow(
            rs.getObject(1, UUID.class), rs.getInt(2), rs.getInt(3), Jdbc.instant(rs, 4), rs.getLong(5), Jdbc.getInt(rs, 6),
            rs.getString(7), rs.getString(8), rs.getString(9))));
    return out;
  }

  /** Starts a new series of attempts of a finished delivery, due now. False when it is still waiting (or gone). */
  public boolean replay(UUID id, UUID webhookId, Instant pada) {
    return jdbc.update("update webhook_pengiriman set status = 'MENUNGGU', seri = seri + 1, percobaan = 0,"
        + " jatuh_tempo = ?, selesai = null, klaim = null, klaim_sampai = null"
        + " where id = ? and webhook_id = ? and status <> 'MENUNGGU'", Jdbc.params(pada, id, webhookId)) == 1;
  }

  /**
   * Claims up to {@code limit} due deliveries of active webhooks until {@code sampai} (one statement, autocommit):
   * rows another sender holds are skipped, and a claim that ran out (its sender died) is taken over.
   */
  public List<Klaim> claim(int limit, Instant sampai) {
    UUID klaim = UUID.randomUUID();
    return jdbc.outsideTransaction(c -> Jdbc.list(c, "update webhook_pengiriman p set klaim = ?, klaim_sampai = ?"
        + " from webhook w where w.id = p.webhook_id and p.id in (select d.id from webhook_pengiriman d"
        + " join webhook h on h.id = d.webhook_id where d.status = 'MENUNGGU' and d.jatuh_tempo <= now() and h.aktif"
        + " and (d.klaim_sampai is null or d.klaim_sampai < now()) order by d.jatuh_tempo limit ? for update of d skip locked)"
        + " returning p.id, p.klaim, p.jenis, p.isi, p.seri, p.percobaan, w.url, w.rahasia", ps -> {
          ps.setObject(1, klaim);
          Jdbc.setInstant(ps, 2, sampai);
          ps.setInt(3, limit);
        }, rs -> new Klaim(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), WebhookJenis.byNama(rs.getString(3)),
            rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getString(7), rs.getString(8))));
  }

  /**
   * Records an attempt of a claimed delivery and its outcome, in one transaction: the attempt always (it was made);
   * the delivery's new state only while the claim is still this sender's (a replay or another sender's takeover
   * moved it on).
   */
  public void record(Klaim k, PercobaanRow attempt, PengirimanStatus status, Instant jatuhTempo, Instant selesai) {
    jdbc.run(c -> {
      Jdbc.update(c, "insert into webhook_percobaan (pengiriman_id, seri, nomor, mulai, durasi_ms, status_kode, jawaban,"
          + " galat, galat_rincian) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
            ps.setObject(1, k.id());
            ps.setInt(2, attempt.seri());
            ps.setInt(3, attempt.nomor());
            Jdbc.setInstant(ps, 4, attempt.mulai());
            ps.setLong(5, attempt.durasiMs());
            Jdbc.setInt(ps, 6, attempt.statusKode());
            Jdbc.setString(ps, 7, attempt.jawaban());
            Jdbc.setString(ps, 8, attempt.galat());
            Jdbc.setString(ps, 9, attempt.galatRincian());
          });
      return Jdbc.update(c, "update webhook_pengiriman set status = ?, percobaan = percobaan + 1, jatuh_tempo = ?,"
          + " selesai = ?, klaim = null, klaim_sampai = null where id = ? and klaim = ?", ps -> {
            ps.setString(1, status.name());
            Jdbc.setInstant(ps, 2, jatuhTempo);
            Jdbc.setInstant(ps, 3, selesai);
            ps.setObject(4, k.id());
            ps.setObject(5, k.klaim());
          });
    });
  }

  private static List<String> names(List<WebhookJenis> jenis) {
    return jenis.stream().map(WebhookJenis::nama).toList();
  }

  private static WebhookRow webhook(ResultSet rs) throws SQLException {
    Array a = rs.getArray(5);
    List<WebhookJenis> jenis = new ArrayList<>();
    for (Object o : (Object[]) a.getArray()) {
      jenis.add(WebhookJenis.byNama((String) o));
    }
    return new WebhookRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), jenis,
        rs.getBoolean(6), Jdbc.instant(rs, 7), rs.getString(8), Jdbc.instant(rs, 9), rs.getString(10));
  }

  private static PengirimanRow pengiriman(ResultSet rs) throws SQLException {
    return new PengirimanRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
        WebhookJenis.byNama(rs.getString(4)), PengirimanStatus.valueOf(rs.getString(5)), rs.getInt(6), rs.getInt(7),
        Jdbc.instant(rs, 8), Jdbc.instant(rs, 9), Jdbc.instant(rs, 10));
  }
}
