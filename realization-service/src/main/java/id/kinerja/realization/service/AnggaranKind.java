package id.kinerja.realization.service;

import static id.kinerja.realization.domain.RealizationMessages.*;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import id.kinerja.common.jdbc.Jdbc;
import id.kinerja.common.problem.FieldViolation;
import id.kinerja.realization.domain.AnggaranDef;
import id.kinerja.realization.domain.Jenis;
import id.kinerja.realization.domain.Plan;
import id.kinerja.realization.domain.RealisasiAnggaran;
import id.kinerja.realization.domain.Serapan;
import id.kinerja.realization.service.CaptureService.AnggaranItem;
import id.kinerja.realization.service.Refusals.Kind;

/**
 * A budget line's cell: Rupiah spent in the triwulan on a line without children, never negative; above the pagu
 * (with the earlier triwulan of the year) it is accepted and flagged ({@link Serapan}).
 */
final class AnggaranKind extends CellKind<RealisasiAnggaran, AnggaranItem> {

  AnggaranKind() {
    super(Jenis.ANGGARAN, RealisasiAnggaran.class, AnggaranItem.class, new RealisasiTable<>("realisasi_anggaran",
        "anggaran_kode", List.of("nilai", "melebihi_pagu", "keterangan"), RealisasiAnggaran::new,
        AnggaranKind::bindNilai, AnggaranKind::readNilai), Plan::anggaran, "anggaranKode", MUST_EXIST_IN_PLAN_ANGGARAN,
        THING_REALISASI_ANGGARAN);
  }

  private static int bindNilai(PreparedStatement ps, int i, RealisasiAnggaran r) throws SQLException {
    ps.setLong(i++, r.nilai);
    ps.setBoolean(i++, r.melebihiPagu);
    Jdbc.setString(ps, i++, r.keterangan);
    return i;
  }

  private static void readNilai(ResultSet rs, RealisasiAnggaran r) throws SQLException {
    r.nilai = rs.getLong("nilai");
    r.melebihiPagu = rs.getBoolean("melebihi_pagu");
    r.keterangan = rs.getString("keterangan");
  }

  @Override
  void check(Plan plan, int triwulan, AnggaranItem item, Refusals refusals, Naming naming) {
    AnggaranDef def = plan.anggaran().get(item.kode());
    if (def != null && def.punyaAnak()) {
      refusals.add(Kind.RULE, naming.field(Jenis.ANGGARAN, item.index(), kodeField), MUST_BE_LEAF, "kode", item.kode(),
          "level", def.level());
    }
    if (item.nilai() < 0) {
      refusals.add(Kind.RULE, naming.field(Jenis.ANGGARAN, item.index(), "nilai"), MUST_NOT_BE_NEGATIVE_RUPIAH);
    }
  }

  /** Reads the realisasi of the earlier triwulan of the year of the items' lines, for the pagu flag. */
  @Override
  Entry<RealisasiAnggaran, AnggaranItem> entry(RealisasiStore store, Plan plan, int triwulan,
      Map<String, RealisasiAnggaran> current, List<AnggaranItem> items) {
    return new Nilai(plan, triwulan, store.anggaranSebelumnya(plan.kecamatanKode(), plan.tahun(), triwulan,
        items.stream().map(AnggaranItem::kode).toList()));
  }

  private static final class Nilai extends Entry<RealisasiAnggaran, AnggaranItem> {

    private final Plan plan;
    private final int triwulan;
    /** Realisasi of the earlier triwulan of the year, by line. */
    private final Map<String, Long> sebelumnya;

    Nilai(Plan plan, int triwulan, Map<String, Long> sebelumnya) {
      this.plan = plan;
      this.triwulan = triwulan;
      this.sebelumnya = sebelumnya;
    }

    private boolean melebihiPagu(AnggaranItem item) {
      return Serapan.melebihiPagu(plan.anggaran().get(item.kode()).pagu(), sebelumnya.getOrDefault(item.kode(), 0L),
          item.nilai());
    }

    /** A new cell records both fields; an edit the ones that differ. */
    @Override
    Changes changes(RealisasiAnggaran before, AnggaranItem item) {
      Changes changes = new Changes();
      if (before == null || before.nilai != item.nilai()) {
        changes.put("nilai", before == null ? null : before.nilai, item.nilai());
      }
      if (before == null || !Objects.equals(before.keterangan, item.keterangan())) {
        changes.put("keterangan", before == null ? null : before.keterangan, item.keterangan());
      }
      return changes;
    }

    /** The flag follows the earlier triwulan: the same entry may newly exceed the pagu. */
    @Override
    boolean unchanged(RealisasiAnggaran current, AnggaranItem item, Changes changes) {
      return changes.isEmpty() && current.melebihiPagu == melebihiPagu(item);
    }

    @Override
    void fill(RealisasiAnggaran r, AnggaranItem item) {
      r.nilai = item.nilai();
      r.keterangan = item.keterangan();
      r.melebihiPagu = melebihiPagu(item);
    }

    @Override
    List<FieldViolation> warnings(AnggaranItem item, Naming naming) {
      if (!melebihiPagu(item)) {
        return List.of();
      }
      AnggaranDef def = plan.anggaran().get(item.kode());
      return List.of(FieldViolation.of(naming.field(Jenis.ANGGARAN, item.index(), "nilai"), MELEBIHI_PAGU, "triwulan",
          triwulan, "jumlah", Math.addExact(sebelumnya.getOrDefault(item.kode(), 0L), item.nilai()), "kode",
          item.kode(), "pagu", def.pagu()));
    }

    @Override
    AnggaranItem corrected(RealisasiAnggaran old, AnggaranItem item) {
      return new AnggaranItem(item.index(), item.kode(), item.revisi(), item.nilai() == null ? old.nilai : item.nilai(),
          item.keterangan() == null ? old.keterangan : item.keterangan());
    }
  }
}
