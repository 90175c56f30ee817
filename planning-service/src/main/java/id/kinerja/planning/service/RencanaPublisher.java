package id.kinerja.planning.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import id.kinerja.common.json.CanonicalJson;
import id.kinerja.planning.domain.Kabupaten;
import id.kinerja.planning.domain.Kecamatan;
import id.kinerja.planning.domain.PerjanjianKinerja;
import id.kinerja.planning.domain.PkStatus;
import id.kinerja.planning.domain.RencanaTerbit;
import id.kinerja.planning.domain.Renstra;
import id.kinerja.planning.domain.rencana.RencanaBuilder;
import id.kinerja.planning.domain.rencana.RencanaKinerja;

/**
 * Publishes planning.rencana-kinerja.published whenever the plan of a kecamatan and year in force changes: after
 * every write the service rebuilds the plans it may have touched from the stored state and compares each with
 * the last one published; only a different plan is published, with planVersi + 1. The same stored state always
 * gives the same plan, so re-importing an identical document publishes nothing.
 */
@ApplicationScoped
public class RencanaPublisher extends PlanningWrites {

  @jakarta.inject.Inject
  TautanService tautan;

  /** What happened to the plan of one year. */
  @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "RencanaTahunHasil",
      description = "The plan of one year: its planVersi and whether this request published it")
  public record Hasil(int tahun, int planVersi, boolean diterbitkan) {
  }

  /** The plan in force built from the stored state, or empty when no Renstra covers the year. */
  public Optional<RencanaKinerja> build(String kecamatanKode, int tahun) {
    Kecamatan kec = Kecamatan.findById(kecamatanKode);
    if (kec == null) {
      return Optional.empty();
    }
    Kabupaten kab = Kabupaten.findById(kec.kabupatenKode);
    Optional<Renstra> renstra = stored.renstraInForce(kecamatanKode, tahun);
    if (renstra.isEmpty()) {
      return Optional.empty();
    }
    List<RencanaBuilder.PkMasuk> pks = new ArrayList<>();
    for (PerjanjianKinerja p : PerjanjianKinerja.<PerjanjianKinerja>list(
        "kecamatanKode = ?1 and tahun = ?2 and status = ?3 order by id", kecamatanKode, tahun, PkStatus.DITETAPKAN)) {
      pks.add(new RencanaBuilder.PkMasuk(String.valueOf(p.id), "perjanjianKinerja(id=" + p.id + ")", p.pihakKunci,
          stored.pk(p), stored.penetapan(p)));
    }
    RencanaBuilder.Result r = RencanaBuilder.build(kab.kode, kecamatanKode, tahun, kab.negativeFormulaDefault,
        stored.renstra(renstra.get()), pks);
    if (!r.violations().isEmpty()) {
      // Every write validates the plan it produces first; reaching this is a bug, not bad input.
      throw new IllegalStateException("stored plan of " + kecamatanKode + " " + tahun + " is inconsistent: " + r.violations());
    }
    return Optional.ofNullable(r.rencana());
  }

  /** Rebuilds the plans of these years and publishes those that changed; must run in the writing transaction. */
  public List<Hasil> refresh(String kecamatanKode, Collection<Integer> years) {
    List<Hasil> out = refreshPlans(kecamatanKode, years);
    if (out.stream().anyMatch(Hasil::diterbitkan)) {
      // The plan changed: the kecamatan's links are announced again with their warnings recomputed (issue #19).
      tautan.republish(kecamatanKode);
    }
    return out;
  }

  private List<Hasil> refreshPlans(String kecamatanKode, Collection<Integer> years) {
    List<Hasil> out = new ArrayList<>();
    for (int tahun : new TreeSet<>(years)) {
      Optional<RencanaKinerja> plan = build(kecamatanKode, tahun);
      RencanaTerbit last = RencanaTerbit.find("kecamatanKode = ?1 and tahun = ?2", kecamatanKode, tahun).firstResult();
      if (plan.isEmpty()) {
        continue;
      }
      int versi = last == null ? 1 : last.planVersi + 1;
      RencanaKinerja next = plan.get().withPlanVersi(versi);
      if (last != null && sameContent(last.isi, next)) {
        out.add(new Hasil(tahun, last.planVersi, false));
        continue;
      }
      if (last == null) {
        last = new RencanaTerbit();
        last.kecamatanKode = kecamatanKode;
        last.tahun = tahun;
      }
      last.planVersi = versi;
      last.isi = CanonicalJson.write(next);
      last.publishedAt = now();
      last.persist();
      events.rencanaKinerjaPublished(next);
      out.add(new Hasil(tahun, versi, true));
    }
    return out;
  }

  /** The years of this kecamatan that have a published plan. */
  public List<Integer> publishedYears(String kecamatanKode) {
    return RencanaTerbit.<RencanaTerbit>list("kecamatanKode = ?1 order by tahun", kecamatanKode).stream()
        .map(r -> r.tahun).toList();
  }

  private static boolean sameContent(String lastJson, RencanaKinerja next) {
    RencanaKinerja last = CanonicalJson.read(StoredPlans.readTree(lastJson), RencanaKinerja.class);
    return CanonicalJson.write(last.withPlanVersi(0)).equals(CanonicalJson.write(next.withPlanVersi(0)));
  }
}
