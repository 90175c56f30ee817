package id.kinerja.planning.service;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import id.kinerja.common.json.CanonicalJson;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.planning.domain.SkalaPredikat;
import id.kinerja.domain.predikat.SkalaTujuan;
import id.kinerja.planning.domain.dokumen.BandDok;
import id.kinerja.planning.domain.dokumen.SkalaDok;
import id.kinerja.planning.domain.rules.Defaults;
import id.kinerja.planning.domain.rules.SkalaRules;
import id.kinerja.planning.domain.rules.Violations;
import id.kinerja.planning.events.PlanningEvents;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Predicate scales as data per kabupaten, year and purpose; versioned, announced as planning.skala-predikat.published. */
@ApplicationScoped
public class SkalaService extends PlanningWrites {

  public Optional<SkalaPredikat> find(String kabupatenKode, int tahun, SkalaTujuan tujuan) {
    return SkalaPredikat.find("kabupatenKode = ?1 and tahun = ?2 and tujuan = ?3", kabupatenKode, tahun, tujuan)
        .firstResultOptional();
  }

  /** A page of the kabupaten's scales, of one year when {@code tahun} is given. */
  public Slice<SkalaPredikat> list(String kabupatenKode, Integer tahun, int page, int size) {
    PanacheQuery<SkalaPredikat> query = tahun == null
        ? SkalaPredikat.find("kabupatenKode = ?1 order by tahun, tujuan", kabupatenKode)
        : SkalaPredikat.find("kabupatenKode = ?1 and tahun = ?2 order by tujuan", kabupatenKode, tahun);
    return Slice.of(query, page, size);
  }

  /** Saves a scale (PUT): refused with every gap and overlap named by band; a change needs the current versi. */
  @Transactional
  public SkalaPredikat save(String kabupatenKode, int tahun, SkalaTujuan tujuan, SkalaDok request, Long ifMatch,
      String user) {
    lockedKabupaten(kabupatenKode);
    Optional<SkalaPredikat> existing = find(kabupatenKode, tahun, tujuan);
    IfMatch.requireCurrent(existing.map(s -> s.versi).orElse(null), ifMatch);
    SkalaDok dok = Defaults.skala(new SkalaDok(tahun, tujuan, request.nama(), request.bands()));
    Violations v = new Violations();
    SkalaRules.check(tujuan, dok.bands(), "", v);
    if (!v.isEmpty()) {
      throw ProblemException.invalid(v.list());
    }
    apply(kabupatenKode, dok, user);
    return find(kabupatenKode, tahun, tujuan).orElseThrow();
  }

  /** Writes and announces the scale if it differs from the stored one; returns whether it did. */
  public boolean apply(String kabupatenKode, SkalaDok dok, String user) {
    SkalaPredikat s = find(kabupatenKode, dok.tahun(), dok.tujuan()).orElse(null);
    String bands = CanonicalJson.write(dok.bands());
    if (s != null && s.bands.equals(bands) && Objects.equals(s.nama, dok.nama())) {
      return false;
    }
    if (s == null) {
      s = new SkalaPredikat();
      s.kabupatenKode = kabupatenKode;
      s.tahun = dok.tahun();
      s.tujuan = dok.tujuan();
    }
    s.nama = dok.nama();
    s.bands = bands;
    s.newVersion(user, now());
    s.persist();
    events.skalaPredikatPublished(payload(s));
    return true;
  }

  public PlanningEvents.SkalaPredikatPublished payload(SkalaPredikat s) {
    List<BandDok> bands = stored.bands(s.bands);
    return new PlanningEvents.SkalaPredikatPublished(s.kabupatenKode, s.tahun, s.tujuan.name(), s.nama, s.versi,
        bands.stream().map(b -> new PlanningEvents.Band(b.lower(), b.lowerInclusive(), b.upper(), b.upperInclusive(),
            b.skor(), b.label(), b.kode())).toList());
  }
}
