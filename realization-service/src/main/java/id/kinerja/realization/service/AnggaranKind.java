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
import id.kinerja.realization.domain.AnggaranRules;
import id.kinerja.realization.domain.Jenis;
import id.kinerja.realization.domain.Plan;
import id.kinerja.realization.domain.RealisasiAnggaran;
import id.kinerja.realization.domain.Serapan;
import id.kinerja.realization.service.CaptureService.AnggaranItem;
import id.kinerja.realization.service.Refusals.Kind;

/**
 * A budget line's cell: Rupiah spent in the triwulan, never negative, on a line that carries its realisasi itself (one
 * without children, or one whose sub-lines have none: {@link AnggaranRules}); above the pagu (with the earlier
 * triwulan of the year) it is accepted and flagged ({@link Serapan}).
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
    if (item.nilai() < 0) {
      refusals.add(Kind.RULE, naming.field(Jenis.ANGGARAN, item.index(), "nilai"), MUST_NOT_BE_NEGATIVE_RUPIAH);
    }
  }

  /**
   * A line takes realisasi only while no line above or below it has any in the year (docs/domain.md §2.11): checked
   * against every cell of the kecamatan-year and the request's earlier items, under a lock of the kecamatan-year's
   * budget cells (after the sheet's, so that two triwulan cannot race past each other). Plans without lines with
   * children cannot break it and read nothing.
   */
  @Override
  void checkAgainstCells(RealisasiStore store, Plan plan, List<AnggaranItem> items, Refusals refusals, Naming naming) {
    if (plan.anggaran().values().stream().noneMatch(AnggaranDef::punyaAnak)) {
      return;
    }
    store.lockAnggaranTahun(plan.kecamatanKode(), plan.tahun());
    List<String> withRealisasi = new java.util.ArrayList<>(store.anggaranDenganRealisasi(plan.kecamatanKode(),
        plan.tahun()));
    for (AnggaranItem item : items) {
      if (!plan.anggaran().containsKey(item.kode())) {
        continue; // refused already (must-exist-in-plan)
      }
      java.util.Optional<AnggaranRules.Overlap> o = AnggaranRules.overlap(plan.anggaran(), item.kode(), withRealisasi);
      if (o.isPresent()) {
        refusals.add(Kind.RULE, naming.field(Jenis.ANGGARAN, item.index(), kodeField),
            o.get().above() ? MUST_NOT_OVERLAP_LINE_ABOVE : MUST_NOT_OVERLAP_LINE_BELOW, "kode", item.kode(),
            "terkait", o.get().kode(), "tahun", plan.tahun());
      } else {
        withRealisasi.add(item.kode());
      }
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
