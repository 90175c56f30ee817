package id.kinerja.reporting.service;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.type.TypeReference;

import id.kinerja.common.jdbc.Jdbc;
import id.kinerja.common.json.CanonicalJson;
import id.kinerja.domain.predikat.Band;
import id.kinerja.domain.predikat.Skala;
import id.kinerja.domain.predikat.SkalaTujuan;
import id.kinerja.common.time.ZonaWaktu;
import id.kinerja.reporting.domain.Narasi;
import id.kinerja.reporting.domain.RealisasiVersi;
import id.kinerja.reporting.domain.plan.Rencana;
import id.kinerja.reporting.domain.plan.Rpjmd;
import id.kinerja.reporting.domain.plan.TautanKinerja;

/**
 * The read copies of planning and realisasi events: upserts that keep the highest version (so arrival order does
 * not matter) and the loads the recalculation needs.
 */
@ApplicationScoped
public class ProjectionStore {

  @Inject
  Jdbc jdbc;

  // ---- writes -------------------------------------------------------------------------------------------------

  /** Returns true when the settings replaced the ones held (a higher konfigurasiVersi). */
  public boolean upsertKabupaten(String kode, String nama, String negativeFormulaDefault, String overallMode,
      BigDecimal capaianScoreCap, boolean floorNegativeAtZero, int konfigurasiVersi, ZonaWaktu zonaWaktu,
      Instant occurredAt) {
    return jdbc.update("""
          insert into kabupaten_copy (kode, nama, negative_formula_default, overall_mode, capaian_score_cap,
            floor_negative_at_zero, konfigurasi_versi, occurred_at, zona_waktu) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
          on conflict (kode) do update set nama = excluded.nama, negative_formula_default = excluded.negative_formula_default,
            overall_mode = excluded.overall_mode, capaian_score_cap = excluded.capaian_score_cap,
            floor_negative_at_zero = excluded.floor_negative_at_zero, konfigurasi_versi = excluded.konfigurasi_versi,
            occurred_at = excluded.occurred_at, zona_waktu = excluded.zona_waktu
          where kabupaten_copy.konfigurasi_versi < excluded.konfigurasi_versi""", Jdbc.params(kode, nama,
        negativeFormulaDefault, overallMode, capaianScoreCap, floorNegativeAtZero, konfigurasiVersi, occurredAt,
        zonaWaktu.name())) > 0;
  }

  /**
   * Kecamatan carry no version: the newest event (by occurredAt, then name for ties) wins. {@code profil}: the canonical
   * JSON of a {@link KecamatanProfil}, null from a v1 event.
   */
  public boolean upsertKecamatan(String kode, String kabupatenKode, String nama, int jumlahDesa, String profil,
      Instant occurredAt) {
    return jdbc.update("""
          insert into kecamatan_copy (kode, kabupaten_kode, nama, jumlah_desa, occurred_at, profil) values (?, ?, ?, ?, ?, ?)
          on conflict (kode) do update set kabupaten_kode = excluded.kabupaten_kode, nama = excluded.nama,
            jumlah_desa = excluded.jumlah_desa, occurred_at = excluded.occurred_at, profil = excluded.profil
          where (kecamatan_copy.occurred_at, kecamatan_copy.nama) < (excluded.occurred_at, excluded.nama)""",
        Jdbc.params(kode, kabupatenKode, nama, jumlahDesa, occurredAt, profil)) > 0;
  }

  /**
   * The kabupaten's logo as of konfigurasiVersi {@code versi}: stored, replaced, or ({@code isi} null) removed, unless a
   * higher version is held.
   */
  public void upsertLogo(String kabupatenKode, int versi, String mediaType, byte[] isi, String sha256) {
    if (isi == null) {
      jdbc.update("delete from kabupaten_logo_copy where kabupaten_kode = ? and konfigurasi_versi < ?",
          Jdbc.params(kabupatenKode, versi));
      return;
    }
    jdbc.update("""
          insert into kabupaten_logo_copy (kabupaten_kode, konfigurasi_versi, media_type, isi, sha256) values (?, ?, ?, ?, ?)
          on conflict (kabupaten_kode) do update set konfigurasi_versi = excluded.konfigurasi_versi,
            media_type = excluded.media_type, isi = excluded.isi, sha256 = excluded.sha256
          where kabupaten_logo_copy.konfigurasi_versi < excluded.konfigurasi_versi""",
        Jdbc.params(kabupatenKode, versi, mediaType, isi, sha256));
  }

  /** Returns true when the plan replaced the one held (a higher planVersi). */
  public boolean upsertRencana(String kecamatanKode, int tahun, String kabupatenKode, int planVersi, String planJson,
      Instant occurredAt) {
    return jdbc.update("""
          insert into rencana_copy (kecamatan_kode, tahun, kabupaten_kode, plan_versi, plan, occurred_at)
          values (?, ?, ?, ?, ?, ?)
          on conflict (kecamatan_kode, tahun) do update set kabupaten_kode = excluded.kabupaten_kode,
            plan_versi = excluded.plan_versi, plan = excluded.plan, occurred_at = excluded.occurred_at
          where rencana_copy.plan_versi < excluded.plan_versi""",
        Jdbc.params(kecamatanKode, tahun, kabupatenKode, planVersi, planJson, occurredAt)) > 0;
  }

  public boolean upsertSkala(String kabupatenKode, int tahun, String tujuan, int versi, String nama, String bandsJson,
      Instant occurredAt) {
    return jdbc.update("""
          insert into skala_copy (kabupaten_kode, tahun, tujuan, versi, nama, bands, occurred_at) values (?, ?, ?, ?, ?, ?, ?)
          on conflict (kabupaten_kode, tahun, tujuan) do update set versi = excluded.versi, nama = excluded.nama,
            bands = excluded.bands, occurred_at = excluded.occurred_at
          where skala_copy.versi < excluded.versi""",
        Jdbc.params(kabupatenKode, tahun, tujuan, versi, nama, bandsJson, occurredAt)) > 0;
  }

  /** The RPJMD of a kabupaten (planning.rpjmd.published); true when it replaced the one held (a higher versi). */
  public boolean upsertRpjmd(String kabupatenKode, String kode, int periodeAwal, int periodeAkhir, int versi,
      String isiJson, Instant occurredAt) {
    return jdbc.update("""
          insert into rpjmd_copy (kabupaten_kode, kode, periode_awal, periode_akhir, versi, isi, occurred_at)
          values (?, ?, ?, ?, ?, ?, ?)
          on conflict (kabupaten_kode, kode) do update set periode_awal = excluded.periode_awal,
            periode_akhir = excluded.periode_akhir, versi = excluded.versi, isi = excluded.isi,
            occurred_at = excluded.occurred_at
          where rpjmd_copy.versi < excluded.versi""",
        Jdbc.params(kabupatenKode, kode, periodeAwal, periodeAkhir, versi, isiJson, occurredAt)) > 0;
  }

  /**
   * The links of a kecamatan Renstra (planning.tautan-kinerja.published); true when they replaced the ones held (a
   * higher versi).
   */
  public boolean upsertTautan(String kecamatanKode, String renstraKode, String kabupatenKode, String rpjmdKode,
      int versi, String isiJson, Instant occurredAt) {
    return jdbc.update("""
          insert into tautan_copy (kecamatan_kode, renstra_kode, kabupaten_kode, rpjmd_kode, versi, isi, occurred_at)
          values (?, ?, ?, ?, ?, ?, ?)
          on conflict (kecamatan_kode, renstra_kode) do update set kabupaten_kode = excluded.kabupaten_kode,
            rpjmd_kode = excluded.rpjmd_kode, versi = excluded.versi, isi = excluded.isi,
            occurred_at = excluded.occurred_at
          where tautan_copy.versi < excluded.versi""",
        Jdbc.params(kecamatanKode, renstraKode, kabupatenKode, rpjmdKode, versi, isiJson, occurredAt)) > 0;
  }

  public void upsertJadwal(String kabupatenKode, int tahun, int triwulan, int versi, Instant dibuka, Instant ditutup,
      Instant verifikasiDitutup, String perpanjanganJson, Instant occurredAt) {
    jdbc.update("""
          insert into jadwal_copy (kabupaten_kode, tahun, triwulan, versi, input_dibuka, input_ditutup,
            verifikasi_ditutup, perpanjangan, occurred_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
          on conflict (kabupaten_kode, tahun, triwulan) do update set versi = excluded.versi,
            input_dibuka = excluded.input_dibuka, input_ditutup = excluded.input_ditutup,
            verifikasi_ditutup = excluded.verifikasi_ditutup, perpanjangan = excluded.perpanjangan,
            occurred_at = excluded.occurred_at
          where jadwal_copy.versi < excluded.versi""", Jdbc.params(kabupatenKode, tahun, triwulan, versi, dibuka,
        ditutup, verifikasiDitutup, perpanjanganJson, occurredAt));
  }

  /**
   * Batch upsert of indicator realisasi versions; a row is replaced only by a higher revisi. Returns, per row,
   * whether it changed what is stored (a stale revisi changes nothing and needs no recalculation). One statement for
   * the whole batch (arrays through unnest, the changed keys come back with {@code returning}).
   */
  public boolean[] upsertRealisasiIndikator(List<RealisasiVersi> rows, List<String> kabupatenKode) {
    return upsertRealisasi("""
          insert into realisasi_indikator (kecamatan_kode, tahun, indikator_kode, triwulan, versi, revisi, kabupaten_kode,
            status, keadaan, nilai, pembilang, penyebut, teks, capaian_manual, justifikasi, terlambat, occurred_at,
            faktor_pendukung, faktor_penghambat, tindak_lanjut)
          select * from unnest(?::text[], ?::int[], ?::text[], ?::int[], ?::int[], ?::int[], ?::text[], ?::text[],
            ?::text[], ?::numeric[], ?::numeric[], ?::numeric[], ?::text[], ?::numeric[], ?::text[], ?::boolean[],
            ?::timestamptz[], ?::text[], ?::text[], ?::text[])
          on conflict (kecamatan_kode, tahun, indikator_kode, triwulan, versi) do update set revisi = excluded.revisi,
            status = excluded.status, keadaan = excluded.keadaan, nilai = excluded.nilai, pembilang = excluded.pembilang,
            penyebut = excluded.penyebut, teks = excluded.teks, capaian_manual = excluded.capaian_manual,
            justifikasi = excluded.justifikasi, terlambat = excluded.terlambat, occurred_at = excluded.occurred_at,
            faktor_pendukung = excluded.faktor_pendukung, faktor_penghambat = excluded.faktor_penghambat,
            tindak_lanjut = excluded.tindak_lanjut
          where realisasi_indikator.revisi < excluded.revisi
          returning kecamatan_kode, tahun, indikator_kode, triwulan, versi""", INDIKATOR_TYPES, rows, kabupatenKode,
        (r, kab) -> new Object[] { r.kecamatanKode(), r.tahun(), r.kode(), r.triwulan(), r.versi(), r.revisi(), kab,
            r.status(), r.keadaan(), r.nilai(), r.pembilang(), r.penyebut(), r.teks(), r.capaianManual(), r.justifikasi(),
            r.terlambat(), Timestamp.from(r.occurredAt()), r.narasi().faktorPendukung(), r.narasi().faktorPenghambat(),
            r.narasi().tindakLanjut() });
  }

  private static final String[] INDIKATOR_TYPES = { "text", "int4", "text", "int4", "int4", "int4", "text", "text",
      "text", "numeric", "numeric", "numeric", "text", "numeric", "text", "bool", "timestamptz", "text", "text", "text" };

  public boolean[] upsertRealisasiAnggaran(List<RealisasiVersi> rows, List<String> kabupatenKode) {
    return upsertRealisasi("""
          insert into realisasi_anggaran (kecamatan_kode, tahun, anggaran_kode, triwulan, versi, revisi, kabupaten_kode,
            status, nilai, melebihi_pagu, terlambat, occurred_at)
          select * from unnest(?::text[], ?::int[], ?::text[], ?::int[], ?::int[], ?::int[], ?::text[], ?::text[],
            ?::bigint[], ?::boolean[], ?::boolean[], ?::timestamptz[])
          on conflict (kecamatan_kode, tahun, anggaran_kode, triwulan, versi) do update set revisi = excluded.revisi,
            status = excluded.status, nilai = excluded.nilai, melebihi_pagu = excluded.melebihi_pagu,
            terlambat = excluded.terlambat, occurred_at = excluded.occurred_at
          where realisasi_anggaran.revisi < excluded.revisi
          returning kecamatan_kode, tahun, anggaran_kode, triwulan, versi""", ANGGARAN_TYPES, rows, kabupatenKode,
        (r, kab) -> new Object[] { r.kecamatanKode(), r.tahun(), r.kode(), r.triwulan(), r.versi(), r.revisi(), kab,
            r.status(), r.nilai().longValueExact(), r.melebihiPagu(), r.terlambat(), Timestamp.from(r.occurredAt()) });
  }

  private static final String[] ANGGARAN_TYPES = { "text", "int4", "text", "int4", "int4", "int4", "text", "text",
      "int8", "bool", "bool", "timestamptz" };

  /** The column values of one realisasi row, in the order of the upsert's arrays. */
  @FunctionalInterface
  private interface Columns {
    Object[] of(RealisasiVersi row, String kabupatenKode);
  }

  /**
   * One upsert for the batch: the column arrays (of the types given) of the rows to write (the highest revisi of each
   * cell version) through unnest; per input row, whether it changed what is stored.
   */
  private boolean[] upsertRealisasi(String sql, String[] types, List<RealisasiVersi> rows, List<String> kabupatenKode,
      Columns columns) {
    if (rows.isEmpty()) {
      return new boolean[0];
    }
    int[] keep = highestRevisi(rows);
    return jdbc.call(c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        int n = keep.length;
        Object[][] col = new Object[types.length][n];
        for (int j = 0; j < n; j++) {
          int i = keep[j];
          Object[] v = columns.of(rows.get(i), kabupatenKode.get(i));
          for (int k = 0; k < v.length; k++) {
            col[k][j] = v[k];
          }
        }
        for (int k = 0; k < types.length; k++) {
          ps.setArray(k + 1, c.createArrayOf(types[k], col[k]));
        }
        return changed(ps, rows, keep);
      }
    });
  }

  private static String key(RealisasiVersi r) {
    return r.kecamatanKode() + '\u0000' + r.tahun() + '\u0000' + r.kode() + '\u0000' + r.triwulan() + '\u0000' + r.versi();
  }

  /**
   * Indexes of the rows to write: per cell version, the one with the highest revisi (first on ties). One statement
   * cannot update a row twice, and applying the rows one after another would end with exactly that one.
   */
  private static int[] highestRevisi(List<RealisasiVersi> rows) {
    java.util.Map<String, Integer> best = new java.util.LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      best.merge(key(rows.get(i)), i, (a, b) -> rows.get(b).revisi() > rows.get(a).revisi() ? b : a);
    }
    return best.values().stream().mapToInt(Integer::intValue).toArray();
  }

  /** Per input row: whether it is the written row of its cell version and the database took it. */
  private static boolean[] changed(PreparedStatement ps, List<RealisasiVersi> rows, int[] keep) throws SQLException {
    java.util.Set<String> written = new java.util.HashSet<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        written.add(rs.getString(1) + '\u0000' + rs.getInt(2) + '\u0000' + rs.getString(3) + '\u0000' + rs.getInt(4)
            + '\u0000' + rs.getInt(5));
      }
    }
    boolean[] out = new boolean[rows.size()];
    for (int i : keep) {
      out[i] = written.contains(key(rows.get(i)));
    }
    return out;
  }

  // ---- loads --------------------------------------------------------------------------------------------------

  /** Settings of a kabupaten as the calculation needs them. */
  public record KabupatenSettings(String kode, String nama, String negativeFormulaDefault, String overallMode,
      BigDecimal capaianScoreCap, boolean floorNegativeAtZero, int konfigurasiVersi, Instant occurredAt) {
  }

  public record StoredRencana(Rencana rencana, Instant occurredAt) {
  }

  public record StoredScale(String tujuan, int versi, String nama, Skala scale, Instant occurredAt) {
  }

  public record KecamatanInfo(String kode, String kabupatenKode, String nama) {
  }

  /**
   * What planning's master data says about a kecamatan for BAB I of its LKjIP (planning.kecamatan.registered v2): the
   * office's address, tugas pokok, fungsi and dasar hukum in order, and the organisation — its units in order, each with
   * its parent and its head. Null and empty mean "not recorded" (or only a v1 event received): a placeholder, never
   * invented text.
   */
  public record KecamatanProfil(String kode, String kabupatenKode, String nama, String alamat, String tugasPokok,
      List<String> fungsi, List<String> dasarHukum, List<Unit> organisasi) {

    public KecamatanProfil {
      fungsi = fungsi == null ? List.of() : List.copyOf(fungsi);
      dasarHukum = dasarHukum == null ? List.of() : List.copyOf(dasarHukum);
      organisasi = organisasi == null ? List.of() : List.copyOf(organisasi);
    }

    /** A unit of the kecamatan; indukKode null for the top, kepala null when no head is recorded. */
    public record Unit(String kode, String nama, String indukKode, Kepala kepala) {
    }

    /** peran: CAMAT, SEKCAM, KASUBAG or KASI; nip and pangkat null when not recorded. */
    public record Kepala(String nama, String nip, String jabatan, String peran, String pangkat) {
    }
  }

  public Optional<KabupatenSettings> kabupaten(String kode) {
    return jdbc.one("select kode, nama, negative_formula_default, overall_mode, capaian_score_cap,"
        + " floor_negative_at_zero, konfigurasi_versi, occurred_at from kabupaten_copy where kode = ?",
        Jdbc.params(kode), rs -> new KabupatenSettings(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getBigDecimal(5), rs.getBoolean(6), rs.getInt(7), Jdbc.instant(rs, 8)));
  }

  /** The kecamatan's profile; empty when the kecamatan was never registered (its fields empty when only v1 was). */
  public Optional<KecamatanProfil> profil(String kecamatanKode) {
    return jdbc.one("select kode, kabupaten_kode, nama, profil from kecamatan_copy where kode = ?",
        Jdbc.params(kecamatanKode), rs -> rs.getString(4) == null
            ? new KecamatanProfil(rs.getString(1), rs.getString(2), rs.getString(3), null, null, null, null, null)
            : parseProfil(rs.getString(4)));
  }

  /**
   * A trace of what the LKjIP draft prints from planning's master data — the kecamatan's profile as stored and the
   * SHA-256 of the kabupaten's logo — so the draft's ETag changes when they do; empty text for an unknown kecamatan.
   */
  public String profilJejak(String kecamatanKode) {
    return jdbc.one("select coalesce(k.profil, '') || '|' || coalesce(l.sha256, '') from kecamatan_copy k"
        + " left join kabupaten_logo_copy l on l.kabupaten_kode = k.kabupaten_kode where k.kode = ?",
        Jdbc.params(kecamatanKode), rs -> rs.getString(1)).orElse("");
  }

  /** The kabupaten's logo (PNG or JPEG bytes, as planning accepted them); empty when it has none. */
  public Optional<byte[]> logo(String kabupatenKode) {
    return jdbc.one("select isi from kabupaten_logo_copy where kabupaten_kode = ?", Jdbc.params(kabupatenKode),
        rs -> rs.getBytes(1));
  }

  public Optional<KecamatanInfo> kecamatan(String kode) {
    return jdbc.one("select kode, kabupaten_kode, nama from kecamatan_copy where kode = ?",
        Jdbc.params(kode), rs -> new KecamatanInfo(rs.getString(1), rs.getString(2), rs.getString(3)));
  }

  /** The kabupaten of a kecamatan, from its registration or, failing that, from any plan of it. */
  public Optional<String> kabupatenOf(String kecamatanKode) {
    return jdbc.one("select kabupaten_kode from kecamatan_copy where kode = ?"
        + " union all select kabupaten_kode from (select kabupaten_kode from rencana_copy where kecamatan_kode = ?"
        + " order by tahun desc limit 1) r limit 1", Jdbc.params(kecamatanKode, kecamatanKode),
        ProjectionStore::string);
  }

  /** Every kecamatan of a kabupaten: registered ones and those known only from a plan, ordered by kode. */
  public List<KecamatanInfo> kecamatanOf(String kabupatenKode) {
    List<KecamatanInfo> rows = jdbc.list("""
        select k.kode, k.nama from kecamatan_copy k where k.kabupaten_kode = ?
        union
        select r.kecamatan_kode, null from rencana_copy r where r.kabupaten_kode = ?
          and not exists (select 1 from kecamatan_copy k2 where k2.kode = r.kecamatan_kode)
        order by 1""", Jdbc.params(kabupatenKode, kabupatenKode),
        rs -> new KecamatanInfo(rs.getString(1), kabupatenKode, rs.getString(2)));
    List<KecamatanInfo> out = new ArrayList<>(rows.size());
    for (KecamatanInfo k : rows) {
      if (out.isEmpty() || !out.get(out.size() - 1).kode().equals(k.kode())) {
        out.add(k);
      }
    }
    return out;
  }

  public Optional<StoredRencana> rencana(String kecamatanKode, int tahun) {
    return jdbc.one("select plan, occurred_at from rencana_copy where kecamatan_kode = ? and tahun = ?",
        Jdbc.params(kecamatanKode, tahun),
        rs -> new StoredRencana(parsePlan(rs.getString(1)), rs.getTimestamp(2).toInstant()));
  }

  /** Years for which a kecamatan has a plan, ascending (previous-year comparisons). */
  public List<Integer> tahunRencana(String kecamatanKode) {
    return jdbc.list("select tahun from rencana_copy where kecamatan_kode = ? order by tahun",
        Jdbc.params(kecamatanKode), ProjectionStore::integer);
  }

  /** Kecamatan-years with a plan in a kabupaten (all years when tahun is null). */
  public List<RencanaKey> rencanaOf(String kabupatenKode, Integer tahun) {
    String select = "select kecamatan_kode, tahun from rencana_copy where kabupaten_kode = ?";
    Jdbc.Row<RencanaKey> row = rs -> new RencanaKey(rs.getString(1), rs.getInt(2));
    return tahun == null ? jdbc.list(select + " order by kecamatan_kode, tahun", Jdbc.params(kabupatenKode), row)
        : jdbc.list(select + " and tahun = ? order by kecamatan_kode, tahun", Jdbc.params(kabupatenKode, tahun), row);
  }

  /** Kabupaten that have a plan of some kecamatan for the year, ordered by kode (the national recompute). */
  public List<String> kabupatenWithRencana(int tahun) {
    return jdbc.list("select distinct kabupaten_kode from rencana_copy where tahun = ? order by kabupaten_kode",
        Jdbc.params(tahun), ProjectionStore::string);
  }

  public Optional<StoredScale> scale(String kabupatenKode, int tahun, String tujuan) {
    return jdbc.one(
        "select versi, nama, bands, occurred_at from skala_copy where kabupaten_kode = ? and tahun = ? and tujuan = ?",
        Jdbc.params(kabupatenKode, tahun, tujuan), rs -> new StoredScale(tujuan, rs.getInt(1), rs.getString(2),
            parseScale(tujuan, rs.getString(3)), rs.getTimestamp(4).toInstant()));
  }

  public record StoredRpjmd(Rpjmd rpjmd, Instant occurredAt) {
  }

  public record StoredTautan(TautanKinerja tautan, Instant occurredAt) {
  }

  /** Every RPJMD held of a kabupaten, by periodeAwal then kode. */
  public List<StoredRpjmd> rpjmdOf(String kabupatenKode) {
    return jdbc.list("select isi, occurred_at from rpjmd_copy where kabupaten_kode = ? order by periode_awal, kode",
        Jdbc.params(kabupatenKode), rs -> new StoredRpjmd(read(rs.getString(1), Rpjmd.class), Jdbc.instant(rs, 2)));
  }

  /** The links of one Renstra of a kecamatan, if held. */
  public Optional<StoredTautan> tautan(String kecamatanKode, String renstraKode) {
    return jdbc.one("select isi, occurred_at from tautan_copy where kecamatan_kode = ? and renstra_kode = ?",
        Jdbc.params(kecamatanKode, renstraKode),
        rs -> new StoredTautan(read(rs.getString(1), TautanKinerja.class), Jdbc.instant(rs, 2)));
  }

  private static <T> T read(String json, Class<T> type) {
    try {
      return CanonicalJson.MAPPER.readValue(json, type);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("stored " + type.getSimpleName() + " is unreadable", e);
    }
  }

  public List<RealisasiVersi> realisasiIndikator(String kecamatanKode, int tahun) {
    return jdbc.list("""
        select kecamatan_kode, tahun, triwulan, indikator_kode, versi, revisi, status, keadaan, nilai, pembilang,
          penyebut, teks, capaian_manual, justifikasi, terlambat, occurred_at, faktor_pendukung, faktor_penghambat,
          tindak_lanjut
        from realisasi_indikator where kecamatan_kode = ? and tahun = ?
        order by indikator_kode, triwulan, versi""", Jdbc.params(kecamatanKode, tahun), ProjectionStore::indikator);
  }

  public List<RealisasiVersi> realisasiAnggaran(String kecamatanKode, int tahun) {
    return jdbc.list("""
        select kecamatan_kode, tahun, triwulan, anggaran_kode, versi, revisi, status, nilai, melebihi_pagu, terlambat,
          occurred_at from realisasi_anggaran where kecamatan_kode = ? and tahun = ?
        order by anggaran_kode, triwulan, versi""", Jdbc.params(kecamatanKode, tahun), ProjectionStore::anggaran);
  }

  private static RealisasiVersi indikator(ResultSet rs) throws SQLException {
    return new RealisasiVersi(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getInt(5), rs.getInt(6),
        rs.getString(7), rs.getString(8), rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getBigDecimal(11),
        rs.getString(12), rs.getBigDecimal(13), rs.getString(14), rs.getBoolean(15), false,
        rs.getTimestamp(16).toInstant(), Narasi.of(rs.getString(17), rs.getString(18), rs.getString(19)));
  }

  private static RealisasiVersi anggaran(ResultSet rs) throws SQLException {
    return new RealisasiVersi(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getInt(5), rs.getInt(6),
        rs.getString(7), "REPORTED", BigDecimal.valueOf(rs.getLong(8)), null, null, null, null, null, rs.getBoolean(10),
        rs.getBoolean(9), rs.getTimestamp(11).toInstant(), Narasi.NONE);
  }

  private static String string(ResultSet rs) throws SQLException {
    return rs.getString(1);
  }

  private static Integer integer(ResultSet rs) throws SQLException {
    return rs.getInt(1);
  }

  public record RencanaKey(String kecamatanKode, int tahun) implements Comparable<RencanaKey> {
    @Override
    public int compareTo(RencanaKey o) {
      int c = kecamatanKode.compareTo(o.kecamatanKode);
      return c != 0 ? c : Integer.compare(tahun, o.tahun);
    }
  }

  public static Rencana parsePlan(String json) {
    try {
      return CanonicalJson.MAPPER.readValue(json, Rencana.class);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("stored plan is unreadable", e);
    }
  }

  static KecamatanProfil parseProfil(String json) {
    try {
      return CanonicalJson.MAPPER.readValue(json, KecamatanProfil.class);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("stored profil is unreadable", e);
    }
  }

  private record BandJson(BigDecimal lower, boolean lowerInclusive, BigDecimal upper, boolean upperInclusive, int skor,
      String label, String kode) {
  }

  /**
   * A published scale, validated by the rule planning saved it with (domain's {@link SkalaTujuan}: an IKM scale covers
   * 25–100, an IDM scale 0–1, docs/domain.md §2.6); throws {@link IllegalArgumentException} when it breaks it.
   */
  public static Skala parseScale(String tujuan, String bandsJson) {
    SkalaTujuan purpose = SkalaTujuan.valueOf(tujuan);
    try {
      List<BandJson> bands = CanonicalJson.MAPPER.readValue(bandsJson, new TypeReference<List<BandJson>>() {
      });
      return purpose.scale(bands.stream().map(b -> new Band(b.lower(), b.lowerInclusive(), b.upper(),
          b.upperInclusive(), b.skor(), b.label(), b.kode())).toList());
    } catch (java.io.IOException e) {
      throw new IllegalStateException("stored scale is unreadable", e);
    }
  }
}
