package id.kinerja.planning.service;

import static id.kinerja.planning.domain.PlanningMessages.DETAIL_RULES_BROKEN;
import static id.kinerja.planning.domain.PlanningMessages.DRAFT_EXISTS;
import static id.kinerja.planning.domain.PlanningMessages.PIHAK_PERTAMA_FIXED;
import static id.kinerja.planning.domain.PlanningMessages.PK_DITETAPKAN_IMMUTABLE_PK;
import static id.kinerja.planning.domain.PlanningMessages.TAHUN_FIXED;
import static id.kinerja.planning.domain.PlanningMessages.THING_PERJANJIAN_KINERJA;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.kinerja.common.i18n.CommonMessages;
import id.kinerja.common.i18n.Message;
import id.kinerja.common.json.CanonicalJson;
import id.kinerja.common.problem.FieldViolation;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.planning.domain.Kabupaten;
import id.kinerja.planning.domain.Kecamatan;
import id.kinerja.planning.domain.PerjanjianKinerja;
import id.kinerja.planning.domain.PkStatus;
import id.kinerja.planning.domain.Renstra;
import id.kinerja.planning.domain.dokumen.PejabatDok;
import id.kinerja.planning.domain.dokumen.PkDok;
import id.kinerja.planning.domain.rencana.Penetapan;
import id.kinerja.planning.domain.rencana.RencanaBuilder;
import id.kinerja.planning.domain.rules.Defaults;
import id.kinerja.planning.domain.rules.PejabatIndex;
import id.kinerja.planning.domain.rules.PkRules;
import id.kinerja.planning.domain.rules.RenstraIndex;
import id.kinerja.planning.domain.rules.Violations;

/**
 * Perjanjian Kinerja: drafted (and changed while a draft), then ditetapkan — from then on immutable; a change is
 * a new version (PK perubahan) and the old one stays readable. Penetapan fixes the indicators' rules and
 * republishes the year's plan.
 */
@ApplicationScoped
public class PerjanjianKinerjaService extends PlanningWrites {

  @Inject
  RencanaPublisher publisher;

  public Optional<PerjanjianKinerja> find(String kecamatanKode, long id) {
    return PerjanjianKinerja.<PerjanjianKinerja>findByIdOptional(id).filter(p -> p.kecamatanKode.equals(kecamatanKode));
  }

  /** A page of the PK versions of a kabupaten, of one kecamatan and one year when given. */
  public Slice<PerjanjianKinerja> list(String kabupatenKode, String kecamatanKode, Integer tahun, int page, int size) {
    StringBuilder q = new StringBuilder("kecamatanKode like ?1");
    List<Object> params = new ArrayList<>();
    params.add(kecamatanKode != null ? kecamatanKode : kabupatenKode + ".%");
    if (tahun != null) {
      params.add(tahun);
      q.append(" and tahun = ?").append(params.size());
    }
    q.append(" order by tahun, kecamatanKode, pihakNama, versi");
    return Slice.of(PerjanjianKinerja.find(q.toString(), params.toArray()), page, size);
  }

  /** The official as recorded at penetapan, or for a draft as currently recorded in the kecamatan. */
  public Optional<PejabatDok> pihakPertama(PerjanjianKinerja p) {
    if (p.penetapan != null) {
      return Optional.of(stored.penetapan(p).pihakPertama());
    }
    return new PejabatIndex(stored.pejabat(p.kecamatanKode)).find(stored.pk(p).pihakPertama());
  }

  /** Drafts the next version of an official's PK for a year. */
  @Transactional
  public PerjanjianKinerja create(String kecamatanKode, PkDok request, String user) {
    lock.kabupaten(Kecamatan.kabupatenOf(kecamatanKode));
    Kecamatan kec = kecamatan(kecamatanKode);
    Context c = context(kec, request.tahun());
    PkDok dok = Defaults.pk(request.with(null, false), c.sasaran());
    Violations v = new Violations();
    PkRules.Checked checked = PkRules.check(dok, "", c.renstra(), c.pejabat(), v, new Violations());
    if (checked.pihakKunci() != null) {
      List<PerjanjianKinerja> versions = versions(kecamatanKode, dok.tahun(), checked.pihakKunci());
      if (versions.stream().anyMatch(p -> p.status == PkStatus.DRAFT)) {
        throw ProblemException.conflict("pihakPertama", DRAFT_EXISTS, "pejabat", checked.pihak().nama(), "tahun", dok.tahun());
      }
      int versi = versions.stream().mapToInt(p -> p.versi).max().orElse(0) + 1;
      checked = PkRules.check(dok.with(versi, false), "", c.renstra(), c.pejabat(), v = new Violations(), new Violations());
    }
    if (!v.isEmpty()) {
      throw ProblemException.invalid(v.list());
    }
    PerjanjianKinerja p = new PerjanjianKinerja();
    write(p, kecamatanKode, checked, user);
    return p;
  }

  /** Changes a draft; a ditetapkan version is refused (a change is a new version). */
  @Transactional
  public PerjanjianKinerja update(String kecamatanKode, long id, PkDok request, Long ifMatch, String user) {
    lock.kabupaten(Kecamatan.kabupatenOf(kecamatanKode));
    PerjanjianKinerja p = find(kecamatanKode, id).orElseThrow(() -> notFound(id));
    requireDraft(p);
    IfMatch.requireCurrent(p.revisi, ifMatch);
    Context c = context(kecamatan(kecamatanKode), request.tahun());
    PkDok dok = Defaults.pk(request.with(p.versi, false), c.sasaran());
    Violations v = new Violations();
    PkRules.Checked checked = PkRules.check(dok, "", c.renstra(), c.pejabat(), v, new Violations());
    if (request.tahun() != p.tahun) {
      v.add("tahun", TAHUN_FIXED, "tahun", p.tahun, "diminta", request.tahun());
    }
    if (checked.pihakKunci() != null && !checked.pihakKunci().equals(p.pihakKunci)) {
      v.add("pihakPertama", PIHAK_PERTAMA_FIXED, "pejabat", p.pihakNama);
    }
    if (!v.isEmpty()) {
      throw ProblemException.invalid(v.list());
    }
    write(p, kecamatanKode, checked, user);
    return p;
  }

  /**
   * Signs a draft: validated again against the current Renstra and officials, and with the other ditetapkan PKs of
   * the year (one indicator in one official's PK, one budget line = one line). Then immutable.
   */
  @Transactional
  public PerjanjianKinerja tetapkan(String kecamatanKode, long id, Long ifMatch, String user) {
    lock.kabupaten(Kecamatan.kabupatenOf(kecamatanKode));
    PerjanjianKinerja p = find(kecamatanKode, id).orElseThrow(() -> notFound(id));
    requireDraft(p);
    IfMatch.requireCurrent(p.revisi, ifMatch);
    Kecamatan kec = kecamatan(kecamatanKode);
    Kabupaten kab = Kabupaten.findById(kec.kabupatenKode);
    Context c = context(kec, p.tahun);
    PkDok dok = Defaults.pk(stored.pk(p), c.sasaran());
    Violations v = new Violations();
    PkRules.Checked checked = PkRules.check(dok, "", c.renstra(), c.pejabat(), v, new Violations());
    if (v.isEmpty()) {
      Penetapan penetapan = Penetapan.of(checked.pk(), checked.pihak(), c.renstra(), kab.negativeFormulaDefault);
      List<RencanaBuilder.PkMasuk> pks = new ArrayList<>(signed(kecamatanKode, p.tahun));
      pks.add(new RencanaBuilder.PkMasuk(String.valueOf(p.id), "", checked.pihakKunci(), checked.pk(), penetapan));
      v.addAll(RencanaBuilder.build(kab.kode, kecamatanKode, p.tahun, kab.negativeFormulaDefault,
          c.renstra().renstra(), pks).violations());
      if (v.isEmpty()) {
        write(p, kecamatanKode, checked, user);
        p.status = PkStatus.DITETAPKAN;
        p.penetapan = CanonicalJson.write(penetapan);
        p.ditetapkanAt = now();
        p.ditetapkanBy = user;
        p.persist();
        PerjanjianKinerja.flush();
        publisher.refresh(kecamatanKode, Set.of(p.tahun));
        return p;
      }
    }
    throw unprocessable(v.list());
  }

  /** The ditetapkan PKs of a year as plan inputs. */
  public List<RencanaBuilder.PkMasuk> signed(String kecamatanKode, int tahun) {
    return PerjanjianKinerja.<PerjanjianKinerja>list("kecamatanKode = ?1 and tahun = ?2 and status = ?3 order by id",
        kecamatanKode, tahun, PkStatus.DITETAPKAN).stream()
        .map(s -> new RencanaBuilder.PkMasuk(String.valueOf(s.id), "perjanjianKinerja(id=" + s.id + ")", s.pihakKunci,
            stored.pk(s), stored.penetapan(s)))
        .toList();
  }

  public List<PerjanjianKinerja> versions(String kecamatanKode, int tahun, String pihakKunci) {
    return PerjanjianKinerja.list("kecamatanKode = ?1 and tahun = ?2 and pihakKunci = ?3 order by versi", kecamatanKode,
        tahun, pihakKunci);
  }

  /** Stores the checked content of a PK (not its status); the revisi (ETag) increases. */
  public void write(PerjanjianKinerja p, String kecamatanKode, PkRules.Checked checked, String user) {
    PkDok pk = checked.pk();
    p.kecamatanKode = kecamatanKode;
    p.tahun = pk.tahun();
    p.pihakKunci = checked.pihakKunci();
    p.pihakNama = checked.pihak().nama();
    p.versi = pk.versi();
    p.jenis = pk.jenis();
    if (p.status == null) {
      p.status = PkStatus.DRAFT;
    }
    p.revisi++;
    p.tanggal = pk.tanggal() == null ? null : LocalDate.parse(pk.tanggal());
    p.isi = CanonicalJson.write(pk.with(null, null));
    p.editedBy(user, now());
    p.persist();
  }

  private record Context(RenstraIndex renstra, PejabatIndex pejabat, Set<String> sasaran) {
  }

  private Context context(Kecamatan kec, Integer tahun) {
    Optional<Renstra> r = tahun == null ? Optional.empty() : stored.renstraInForce(kec.kode, tahun);
    RenstraIndex index = r.map(x -> new RenstraIndex(stored.renstra(x))).orElse(null);
    return new Context(index, new PejabatIndex(stored.pejabat(kec.kode)), index == null ? Set.of() : index.sasaranKode());
  }

  private Kecamatan kecamatan(String kode) {
    Kecamatan k = Kecamatan.findById(kode);
    if (k == null) {
      throw ProblemException.notFound(CommonMessages.THING_KECAMATAN, "kode", kode);
    }
    return k;
  }

  private static void requireDraft(PerjanjianKinerja p) {
    if (p.status == PkStatus.DITETAPKAN) {
      throw ProblemException.conflict("status", PK_DITETAPKAN_IMMUTABLE_PK, "tahun", p.tahun, "versi", p.versi, "pejabat",
          p.pihakNama);
    }
  }

  /** 422 whose detail counts broken rules, not invalid fields: the draft was valid when it was saved. */
  private static ProblemException unprocessable(List<FieldViolation> errors) {
    return ProblemException.of(422, "rule-violation",
        errors.size() == 1 ? ProblemException.summary(errors) : Message.of(DETAIL_RULES_BROKEN, "count", errors.size()), errors);
  }

  /** The PK is named by its id, written as it is (not grouped like an amount). */
  public static ProblemException notFound(long id) {
    return ProblemException.notFound(THING_PERJANJIAN_KINERJA, "id", Long.toString(id));
  }
}
