package id.kinerja.planning.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import id.kinerja.common.json.CanonicalJson;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.planning.domain.Rpjmd;
import id.kinerja.planning.domain.dokumen.RpjmdDok;
import id.kinerja.planning.domain.rules.RpjmdRules;
import id.kinerja.planning.domain.rules.Violations;

/**
 * The kabupaten's RPJMD (issue #19): replaced as a whole, versi + 1 per revision, each revision announced as
 * planning.rpjmd.published. A save that changes nothing keeps the versi and announces nothing.
 */
@ApplicationScoped
public class RpjmdService extends PlanningWrites {

  public Optional<Rpjmd> find(String kabupatenKode, String kode) {
    return Rpjmd.find("kabupatenKode = ?1 and kode = ?2", kabupatenKode, kode).firstResultOptional();
  }

  public Slice<Rpjmd> list(String kabupatenKode, int page, int size) {
    return Slice.of(Rpjmd.find("kabupatenKode = ?1 order by periodeAwal desc, kode", kabupatenKode), page, size);
  }

  public RpjmdDok dok(Rpjmd r) {
    return CanonicalJson.read(StoredPlans.readTree(r.isi), RpjmdDok.class);
  }

  @Transactional
  public Rpjmd save(String kabupatenKode, String kode, RpjmdDok request, Long ifMatch, String user) {
    lockedKabupaten(kabupatenKode);
    Optional<Rpjmd> existing = find(kabupatenKode, kode);
    IfMatch.requireCurrent(existing.map(r -> r.versi).orElse(null), ifMatch);
    Violations v = new Violations();
    RpjmdRules.check(kode, request, v);
    if (!v.isEmpty()) {
      throw ProblemException.invalid(v.list());
    }
    String isi = CanonicalJson.write(request);
    if (existing.isPresent() && existing.get().isi.equals(isi)) {
      return existing.get();
    }
    Rpjmd r = existing.orElseGet(() -> {
      Rpjmd n = new Rpjmd();
      n.kabupatenKode = kabupatenKode;
      n.kode = kode;
      return n;
    });
    r.nama = request.nama();
    r.periodeAwal = request.periodeAwal();
    r.periodeAkhir = request.periodeAkhir();
    r.isi = isi;
    r.newVersion(user, now());
    r.persist();
    events.rpjmdPublished(kabupatenKode, r.versi, request);
    return r;
  }
}
