package id.kinerja.realization.service;

import static id.kinerja.realization.domain.RealizationMessages.*;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import id.kinerja.common.i18n.Message;
import id.kinerja.common.jdbc.Jdbc;
import id.kinerja.realization.domain.Bukti;
import id.kinerja.realization.domain.BuktiRules;
import id.kinerja.realization.domain.IndikatorDef;
import id.kinerja.realization.domain.IndikatorRules;
import id.kinerja.realization.domain.Jenis;
import id.kinerja.realization.domain.Keadaan;
import id.kinerja.realization.domain.NilaiIndikator;
import id.kinerja.realization.domain.Plan;
import id.kinerja.realization.domain.RealisasiIndikator;
import id.kinerja.realization.service.CaptureService.IndikatorItem;
import id.kinerja.realization.service.Refusals.Kind;

/**
 * An indicator's cell: its value ({@link NilaiIndikator}) checked by {@link IndikatorRules} against the indicator's
 * definition, and evidence (bukti dukung) where the plan requires it — links entered with the value, files uploaded
 * on their own.
 */
final class IndikatorKind extends CellKind<RealisasiIndikator, IndikatorItem> {

  IndikatorKind() {
    super(Jenis.INDIKATOR, RealisasiIndikator.class, IndikatorItem.class, new RealisasiTable<>("realisasi_indikator",
        "indikator_kode", List.of("keadaan", "nilai", "pembilang", "penyebut", "teks", "capaian_manual",
            "capaian_manual_justifikasi", "alasan", "faktor_pendukung", "faktor_penghambat", "tindak_lanjut"),
        RealisasiIndikator::new, IndikatorKind::bindNilai, IndikatorKind::readNilai), Plan::indikator, "indikatorKode",
        MUST_EXIST_IN_PLAN_INDIKATOR, THING_REALISASI_INDIKATOR);
  }

  private static int bindNilai(PreparedStatement ps, int i, RealisasiIndikator r) throws SQLException {
    NilaiIndikator n = r.nilai;
    ps.setString(i++, n.keadaan().name());
    Jdbc.setDecimal(ps, i++, n.nilai());
    Jdbc.setDecimal(ps, i++, n.pembilang());
    Jdbc.setDecimal(ps, i++, n.penyebut());
    Jdbc.setString(ps, i++, n.teks());
    Jdbc.setDecimal(ps, i++, n.capaianManual());
    Jdbc.setString(ps, i++, n.capaianManualJustifikasi());
    Jdbc.setString(ps, i++, n.alasan());
    Jdbc.setString(ps, i++, n.faktorPendukung());
    Jdbc.setString(ps, i++, n.faktorPenghambat());
    Jdbc.setString(ps, i++, n.tindakLanjut());
    return i;
  }

  private static void readNilai(ResultSet rs, RealisasiIndikator r) throws SQLException {
    r.nilai = new NilaiIndikator(Keadaan.valueOf(rs.getString("keadaan")), rs.getBigDecimal("nilai"),
        rs.getBigDecimal("pembilang"), rs.getBigDecimal("penyebut"), rs.getString("teks"),
        rs.getBigDecimal("capaian_manual"), rs.getString("capaian_manual_justifikasi"), rs.getString("alasan"),
        rs.getString("faktor_pendukung"), rs.getString("faktor_penghambat"), rs.getString("tindak_lanjut"));
  }

  @Override
  boolean hasBukti() {
    return true;
  }

  @Override
  void check(Plan plan, int triwulan, IndikatorItem item, Refusals refusals, Naming naming) {
    IndikatorDef def = plan.indikator().get(item.kode());
    if (def == null) {
      return;
    }
    UnaryOperator<String> field = name -> naming.field(Jenis.INDIKATOR, item.index(), name);
    refusals.addAll(Kind.RULE, IndikatorRules.validate(def, triwulan, item.nilai(), item.satuan(), field));
    checkLinks(refusals, item.links(), field);
  }

  @Override
  void checkCorrection(Plan plan, int triwulan, IndikatorItem item, Refusals refusals) {
    if (item.nilai() != null) {
      refusals.addAll(Kind.RULE, IndikatorRules.validate(plan.indikator().get(item.kode()), triwulan, item.nilai(),
          item.satuan(), name -> "realisasi." + name));
    }
    checkLinks(refusals, item.links(), name -> name);
  }

  private static void checkLinks(Refusals refusals, List<String> links, UnaryOperator<String> field) {
    for (int i = 0; i < links.size(); i++) {
      Message problem = BuktiRules.linkProblem(links.get(i));
      if (problem != null) {
        refusals.add(Kind.RULE, field.apply("buktiTautan[" + i + "]"), problem);
      }
    }
  }

  /** A REPORTED value of an indicator that requires evidence needs at least one file or link. */
  static boolean evidenceMissing(IndikatorDef def, NilaiIndikator n, int bukti) {
    return def != null && def.evidenceRequired() && n.keadaan() == Keadaan.REPORTED && bukti == 0;
  }

  private static long files(List<Bukti> bukti) {
    return bukti.stream().filter(b -> Bukti.FILE.equals(b.jenis())).count();
  }

  /** Indicators still in the plan, with evidence where the plan requires it. */
  @Override
  void checkSubmittable(RealisasiStore store, Plan plan, List<RealisasiIndikator> rows, Refusals refusals,
      Naming naming) {
    Map<Long, List<Bukti>> bukti = rows.isEmpty() ? Map.of() : store.bukti(rows.stream().map(r -> r.id).toList());
    for (RealisasiIndikator r : rows) {
      IndikatorDef def = plan.indikator().get(r.kode);
      String field = naming.field(Jenis.INDIKATOR, 0, r.kode);
      if (def == null) {
        refusals.add(Kind.RULE, field, MUST_EXIST_IN_PLAN_NO_LONGER, "kode", r.kode);
      } else if (evidenceMissing(def, r.nilai, bukti.getOrDefault(r.id, List.of()).size())) {
        refusals.add(Kind.RULE, field, BUKTI_REQUIRED, "kode", r.kode);
      }
    }
  }

  /** Reads the evidence of the current versions: a save compares their links, a submission counts their files. */
  @Override
  Entry<RealisasiIndikator, IndikatorItem> entry(RealisasiStore store, Plan plan, int triwulan,
      Map<String, RealisasiIndikator> current, List<IndikatorItem> items) {
    return new Nilai(plan, current.isEmpty() ? Map.of() : store.bukti(current.values().stream().map(r -> r.id).toList()));
  }

  private static final class Nilai extends Entry<RealisasiIndikator, IndikatorItem> {

    private final Plan plan;
    /** Evidence of the current versions, by version id. */
    private final Map<Long, List<Bukti>> bukti;

    Nilai(Plan plan, Map<Long, List<Bukti>> bukti) {
      this.plan = plan;
      this.bukti = bukti;
    }

    @Override
    Changes changes(RealisasiIndikator before, IndikatorItem item) {
      return new Changes().putAll(NilaiIndikator.changes(before == null ? null : before.nilai, item.nilai()));
    }

    @Override
    void fill(RealisasiIndikator r, IndikatorItem item) {
      r.nilai = item.nilai();
    }

    /** The files the current version has, and the links of the item (which replace the version's links). */
    @Override
    void checkEvidence(List<IndikatorItem> items, Map<String, RealisasiIndikator> current, Refusals refusals,
        Naming naming) {
      for (IndikatorItem item : items) {
        RealisasiIndikator cur = current.get(item.kode());
        long count = (cur == null ? 0 : files(bukti.getOrDefault(cur.id, List.of()))) + item.links().size();
        if (evidenceMissing(plan.indikator().get(item.kode()), item.nilai(), (int) count)) {
          refusals.add(Kind.RULE, naming.field(Jenis.INDIKATOR, item.index(), "buktiTautan"), BUKTI_REQUIRED_UPLOAD,
              "kode", item.kode());
        }
      }
    }

    /** The item's links replace the version's links; its files stay. */
    @Override
    void saveEvidence(RealisasiIndikator current, RealisasiIndikator r, IndikatorItem item, Changes changes,
        Writes w) {
      List<String> links = item.links();
      if (current != null) {
        List<Bukti> oldLinks = bukti.getOrDefault(current.id, List.of()).stream()
            .filter(b -> Bukti.LINK.equals(b.jenis())).toList();
        // Links come back in upload order, and links saved together have no order among them: order does not count.
        if (oldLinks.stream().map(Bukti::url).sorted().toList()
            .equals(links.stream().map(String::trim).sorted().toList())) {
          return;
        }
        changes.put("buktiTautan", oldLinks.stream().map(Bukti::url).toList(), links);
        oldLinks.forEach(b -> w.removedBukti.add(b.id()));
      }
      if (!links.isEmpty()) {
        w.links.add(new Writes.PendingLinks(r, links));
      }
    }

    @Override
    IndikatorItem corrected(RealisasiIndikator old, IndikatorItem item) {
      return new IndikatorItem(item.index(), item.kode(), item.revisi(), item.nilai() == null ? old.nilai : item.nilai(),
          item.satuan(), item.tautan());
    }

    /** Without links given the version keeps its predecessor's evidence; with links, its files and those links. */
    @Override
    void checkCorrectionEvidence(RealisasiIndikator old, IndikatorItem item, IndikatorItem content) {
      List<Bukti> inherited = bukti.getOrDefault(old.id, List.of());
      long count = item.tautan() == null ? inherited.size() : files(inherited) + item.tautan().size();
      if (evidenceMissing(plan.indikator().get(item.kode()), content.nilai(), (int) count)) {
        throw Refusals.single(Kind.RULE, "buktiTautan", BUKTI_REQUIRED_UPLOAD, "kode", item.kode());
      }
    }

    @Override
    void inheritEvidence(RealisasiIndikator old, RealisasiIndikator r, IndikatorItem item, Writes w) {
      w.copyBukti.add(new Writes.PendingCopy(old.id, r));
      if (item.tautan() != null) {
        // Inherited links are replaced: they are copied first, then dropped by url in flush.
        w.replaceLinksAfterCopy.add(new Writes.PendingLinks(r, item.tautan()));
      }
    }
  }
}
