package id.kinerja.planning.service;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import static id.kinerja.planning.domain.PlanningMessages.INDICATOR_IN_USE;
import static id.kinerja.planning.domain.PlanningMessages.MUST_MATCH_PATH_RENSTRA;
import static id.kinerja.planning.domain.PlanningMessages.SASARAN_IN_USE;

import id.kinerja.common.i18n.CommonMessages;
import id.kinerja.common.json.CanonicalJson;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.planning.domain.Kecamatan;
import id.kinerja.planning.domain.PerjanjianKinerja;
import id.kinerja.planning.domain.PkStatus;
import id.kinerja.planning.domain.Renstra;
import id.kinerja.planning.domain.dokumen.PkDok;
import id.kinerja.planning.domain.dokumen.RenstraDok;
import id.kinerja.planning.domain.rules.Defaults;
import id.kinerja.planning.domain.rules.RenstraIndex;
import id.kinerja.planning.domain.rules.RenstraRules;
import id.kinerja.planning.domain.rules.Violations;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * Renstra of a kecamatan: replaced as a whole (versi + 1 per revision); every year whose plan it changes is
 * republished.
 */
@ApplicationScoped
public class RenstraService extends PlanningWrites {

  @Inject
  RencanaPublisher publisher;

  public Optional<Renstra> find(String kecamatanKode, String kode) {
    return Renstra.find("kecamatanKode = ?1 and kode = ?2", kecamatanKode, kode).firstResultOptional();
  }

  /** A page of the Renstra of a kecamatan, those covering {@code tahun} when given. */
  public Slice<Renstra> list(String kecamatanKode, Integer tahun, int page, int size) {
    PanacheQuery<Renstra> query = tahun == null
        ? Renstra.find("kecamatanKode = ?1 order by periodeAwal desc, kode", kecamatanKode)
        : Renstra.find("kecamatanKode = ?1 and periodeAwal <= ?2 and periodeAkhir >= ?2 order by periodeAwal desc, kode",
            kecamatanKode, tahun);
    return Slice.of(query, page, size);
  }

  /** Creates or revises a Renstra (PUT); a revision needs the current versi. */
  @Transactional
  public Renstra save(String kecamatanKode, String kode, RenstraDok request, Long ifMatch, String user) {
    lock.kabupaten(Kecamatan.kabupatenOf(kecamatanKode));
    if (Kecamatan.findById(kecamatanKode) == null) {
      throw ProblemException.notFound(CommonMessages.THING_KECAMATAN, "kode", kecamatanKode);
    }
    Optional<Renstra> existing = find(kecamatanKode, kode);
    IfMatch.requireCurrent(existing.map(r -> r.versi).orElse(null), ifMatch);
    Violations v = new Violations();
    if (!kode.equals(request.kode())) {
      v.add("kode", MUST_MATCH_PATH_RENSTRA, "isi", request.kode(), "alamat", kode);
    }
    RenstraDok dok = Defaults.renstra(request);
    RenstraRules.check(dok, "", v);
    if (v.isEmpty()) {
      checkSignedPks(kecamatanKode, dok, "", v);
    }
    if (!v.isEmpty()) {
      throw ProblemException.invalid(v.list());
    }
    publisher.refresh(kecamatanKode, apply(kecamatanKode, dok, user));
    return find(kecamatanKode, kode).orElseThrow();
  }

  /**
   * A Renstra that would be in force for a year must still hold every Renstra sasaran and indicator the ditetapkan
   * PKs of that year refer to (a signed PK cannot lose what it promised).
   */
  public void checkSignedPks(String kecamatanKode, RenstraDok dok, String path, Violations v) {
    RenstraIndex index = new RenstraIndex(dok);
    Set<String> reported = new java.util.HashSet<>();
    for (PerjanjianKinerja p : PerjanjianKinerja.<PerjanjianKinerja>list(
        "kecamatanKode = ?1 and status = ?2 and tahun between ?3 and ?4 order by tahun, id", kecamatanKode,
        PkStatus.DITETAPKAN, dok.periodeAwal(), dok.periodeAkhir())) {
      Optional<Renstra> inForce = stored.renstraInForce(kecamatanKode, p.tahun);
      boolean wouldBeInForce = inForce.isEmpty() || inForce.get().kode.equals(dok.kode())
          || inForce.get().periodeAwal < dok.periodeAwal()
          || inForce.get().periodeAwal == dok.periodeAwal() && dok.kode().compareTo(inForce.get().kode) < 0;
      if (!wouldBeInForce) {
        continue;
      }
      PkDok pk = stored.pk(p);
      pk.sasaran().forEach(s -> {
        if (s.level() == id.kinerja.planning.domain.SasaranLevel.STRATEGIS && !index.isSasaran(s.kode())
            && reported.add("s:" + s.kode())) {
          v.add(Violations.at(path, "sasaran"), SASARAN_IN_USE, "kode", s.kode(), "tahun", p.tahun, "pejabat", p.pihakNama);
        }
        s.indikator().forEach(i -> {
          if (i.indikatorKode() != null && index.indikator(i.indikatorKode()) == null
              && reported.add("i:" + i.indikatorKode())) {
            v.add(path.isEmpty() ? "indikator" : Violations.at(path, "indikator"), INDICATOR_IN_USE, "kode", i.indikatorKode(),
                "tahun", p.tahun, "pejabat", p.pihakNama);
          }
        });
      });
    }
  }

  /**
   * Writes the Renstra if it differs from the stored one; returns the years whose plan it may change (the period
   * before and after), empty when nothing changed. The caller republishes them once all its writes are done.
   */
  public Set<Integer> apply(String kecamatanKode, RenstraDok dok, String user) {
    Renstra r = find(kecamatanKode, dok.kode()).orElse(null);
    String isi = CanonicalJson.write(dok);
    if (r != null && r.isi.equals(isi)) {
      return Set.of();
    }
    Set<Integer> years = new TreeSet<>();
    if (r == null) {
      r = new Renstra();
      r.kecamatanKode = kecamatanKode;
      r.kode = dok.kode();
    } else {
      for (int y = r.periodeAwal; y <= r.periodeAkhir; y++) {
        years.add(y);
      }
    }
    r.nama = dok.nama();
    r.periodeAwal = dok.periodeAwal();
    r.periodeAkhir = dok.periodeAkhir();
    r.isi = isi;
    r.newVersion(user, now());
    r.persist();
    for (int y = dok.periodeAwal(); y <= dok.periodeAkhir(); y++) {
      years.add(y);
    }
    return years;
  }
}
