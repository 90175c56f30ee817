package id.kinerja.planning.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import id.kinerja.common.i18n.CommonMessages;
import id.kinerja.common.json.CanonicalJson;
import id.kinerja.common.problem.FieldViolation;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.planning.domain.Kecamatan;
import id.kinerja.planning.domain.PerjanjianKinerja;
import id.kinerja.planning.domain.PkStatus;
import id.kinerja.planning.domain.PlanningMessages;
import id.kinerja.planning.domain.Renstra;
import id.kinerja.planning.domain.Rpjmd;
import id.kinerja.planning.domain.TautanKinerja;
import id.kinerja.planning.domain.dokumen.PkDok;
import id.kinerja.planning.domain.dokumen.RpjmdDok;
import id.kinerja.planning.domain.dokumen.TautanDok;
import id.kinerja.planning.domain.rules.TautanRules;
import id.kinerja.planning.events.PlanningEvents;

/**
 * The tautan kinerja of a kecamatan Renstra (issue #19): validated by {@link TautanRules} against the stored Renstra,
 * the ditetapkan PKs of its years and the kabupaten's RPJMD; replaced as a whole (versi + 1) and announced as
 * planning.tautan-kinerja.published. When the kecamatan's plan changes later, every links document of the kecamatan
 * is announced again (versi + 1) with its warnings recomputed; links whose node vanished are kept and shown as broken.
 */
@ApplicationScoped
public class TautanService extends PlanningWrites {

  /** The stored links (null row and empty links when none were saved) with what the current plan says of them. */
  public record Keadaan(Renstra renstra, TautanKinerja row, TautanDok tautan, List<FieldViolation> rusak,
      List<TautanDok.Dari> tanpaTautan) {
  }

  public Optional<TautanKinerja> find(String kecamatanKode, String renstraKode) {
    return TautanKinerja.find("kecamatanKode = ?1 and renstraKode = ?2", kecamatanKode, renstraKode).firstResultOptional();
  }

  /** The links of a Renstra as stored and checked against the current plan; 404 when there is no such Renstra. */
  public Keadaan keadaan(String kecamatanKode, String renstraKode) {
    Renstra renstra = renstra(kecamatanKode, renstraKode);
    TautanKinerja row = find(kecamatanKode, renstraKode).orElse(null);
    TautanDok dok = row == null ? null : dok(row);
    TautanRules.Hasil h = check(kecamatanKode, renstra, dok == null ? new TautanDok(null, List.of()) : dok);
    // Without stored links nothing is broken: the RPJMD is only named by a save.
    return new Keadaan(renstra, row, dok, dok == null ? List.of() : h.pelanggaran(), h.tanpaTautan());
  }

  @Transactional
  public Keadaan save(String kecamatanKode, String renstraKode, TautanDok request, Long ifMatch, String user) {
    lock.kabupaten(Kecamatan.kabupatenOf(kecamatanKode));
    if (Kecamatan.findById(kecamatanKode) == null) {
      throw ProblemException.notFound(CommonMessages.THING_KECAMATAN, "kode", kecamatanKode);
    }
    Renstra renstra = renstra(kecamatanKode, renstraKode);
    Optional<TautanKinerja> existing = find(kecamatanKode, renstraKode);
    IfMatch.requireCurrent(existing.map(t -> t.versi).orElse(null), ifMatch);
    TautanRules.Hasil h = check(kecamatanKode, renstra, request);
    if (!h.pelanggaran().isEmpty()) {
      throw ProblemException.invalid(h.pelanggaran());
    }
    String isi = CanonicalJson.write(request);
    if (existing.isPresent() && existing.get().isi.equals(isi)) {
      return new Keadaan(renstra, existing.get(), request, List.of(), h.tanpaTautan());
    }
    TautanKinerja row = existing.orElseGet(() -> {
      TautanKinerja n = new TautanKinerja();
      n.kecamatanKode = kecamatanKode;
      n.renstraKode = renstraKode;
      return n;
    });
    row.rpjmdKode = request.rpjmdKode();
    row.isi = isi;
    row.newVersion(user, now());
    row.persist();
    publish(row, request, h.tanpaTautan());
    return new Keadaan(renstra, row, request, List.of(), h.tanpaTautan());
  }

  /**
   * Announces every links document of the kecamatan again, versi + 1, with its warnings recomputed: called in the
   * writing transaction after the kecamatan's plan changed (RencanaPublisher).
   */
  public void republish(String kecamatanKode) {
    for (TautanKinerja row : TautanKinerja.<TautanKinerja>list("kecamatanKode = ?1 order by renstraKode", kecamatanKode)) {
      Optional<Renstra> renstra = Renstra.find("kecamatanKode = ?1 and kode = ?2", kecamatanKode, row.renstraKode)
          .firstResultOptional();
      if (renstra.isEmpty()) {
        continue;
      }
      TautanDok dok = dok(row);
      TautanRules.Hasil h = check(kecamatanKode, renstra.get(), dok);
      row.versi++;
      row.persist();
      publish(row, dok, h.tanpaTautan());
    }
  }

  private void publish(TautanKinerja row, TautanDok dok, List<TautanDok.Dari> tanpaTautan) {
    events.tautanKinerjaPublished(new PlanningEvents.TautanKinerjaPublished(Kecamatan.kabupatenOf(row.kecamatanKode),
        row.kecamatanKode, row.renstraKode, dok.rpjmdKode(), row.versi, dok.tautan(), tanpaTautan));
  }

  private TautanRules.Hasil check(String kecamatanKode, Renstra renstra, TautanDok dok) {
    String kabupaten = Kecamatan.kabupatenOf(kecamatanKode);
    Map<Integer, List<PkDok>> pk = new TreeMap<>();
    for (PerjanjianKinerja p : PerjanjianKinerja.<PerjanjianKinerja>list(
        "kecamatanKode = ?1 and status = ?2 and tahun between ?3 and ?4 order by tahun, id", kecamatanKode,
        PkStatus.DITETAPKAN, renstra.periodeAwal, renstra.periodeAkhir)) {
      pk.computeIfAbsent(p.tahun, y -> new ArrayList<>()).add(stored.pk(p));
    }
    TautanRules.Rpjmd rpjmd = null;
    if (dok.rpjmdKode() != null) {
      Optional<Rpjmd> r = Rpjmd.find("kabupatenKode = ?1 and kode = ?2", kabupaten, dok.rpjmdKode()).firstResultOptional();
      rpjmd = r.map(x -> new TautanRules.Rpjmd(x.kabupatenKode, CanonicalJson.read(StoredPlans.readTree(x.isi),
          RpjmdDok.class))).orElse(null);
    }
    return TautanRules.check(dok, new TautanRules.Rencana(kabupaten, stored.renstra(renstra), pk), rpjmd);
  }

  private static TautanDok dok(TautanKinerja row) {
    return CanonicalJson.read(StoredPlans.readTree(row.isi), TautanDok.class);
  }

  private static Renstra renstra(String kecamatanKode, String renstraKode) {
    return Renstra.<Renstra>find("kecamatanKode = ?1 and kode = ?2", kecamatanKode, renstraKode).firstResultOptional()
        .orElseThrow(() -> ProblemException.notFound(PlanningMessages.THING_RENSTRA, "kode", renstraKode));
  }
}
