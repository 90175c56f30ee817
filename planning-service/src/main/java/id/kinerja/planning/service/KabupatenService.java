package id.kinerja.planning.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.kinerja.common.time.ZonaWaktu;
import id.kinerja.common.i18n.CommonMessages;
import id.kinerja.common.i18n.Message;
import id.kinerja.common.problem.FieldViolation;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.planning.domain.Kabupaten;
import id.kinerja.planning.domain.KabupatenLogo;
import id.kinerja.planning.domain.Kecamatan;
import id.kinerja.planning.domain.NegativeFormula;
import id.kinerja.planning.domain.OverallMode;
import id.kinerja.planning.domain.dokumen.KabupatenDok;
import id.kinerja.planning.domain.rules.LogoRules;

@ApplicationScoped
public class KabupatenService extends PlanningWrites {

  @Inject
  RencanaPublisher publisher;

  @Inject
  KabupatenZoneCache zones;

  public Optional<Kabupaten> find(String kode) {
    return Kabupaten.findByIdOptional(kode);
  }

  /**
   * Creates or changes the kabupaten's settings ({@code settings.kode()} is the kabupaten's). A change needs the
   * current version ({@code ifMatch}); the new state is announced in the same transaction. Without a zone the
   * kabupaten keeps its own, and a new one gets its province's.
   */
  @Transactional
  public Kabupaten save(KabupatenDok settings, Long ifMatch, String user) {
    lock.kabupaten(settings.kode());
    Kabupaten k = Kabupaten.findById(settings.kode());
    IfMatch.requireCurrent(k == null ? null : k.konfigurasiVersi, ifMatch);
    return apply(settings, user).kabupaten();
  }

  public Optional<KabupatenLogo> logo(String kode) {
    return KabupatenLogo.findByIdOptional(kode);
  }

  /**
   * Replaces the kabupaten's logo with {@code isi} (declared as {@code declared}), checked by {@link LogoRules} before
   * anything is written. A new image is a new konfigurasiVersi, announced with the settings (the consumers keep the
   * highest); the same image again changes nothing.
   */
  @Transactional
  public KabupatenLogo saveLogo(String kode, byte[] isi, String declared, Long ifMatch, String user) {
    LogoRules.Result r = LogoRules.check(isi, declared);
    if (r.refusal() != null) {
      FieldViolation v = FieldViolation.of("body", r.refusal().key(), r.refusal().args());
      int status = r.refusal().status();
      throw status == 400 ? ProblemException.invalid(List.of(v))
          : ProblemException.of(status, status == 413 ? "payload-too-large" : "unsupported-media-type",
              Message.of(CommonMessages.DETAIL_ONE_FIELD, "field", "body", "message", v.message()), List.of(v));
    }
    lock.kabupaten(kode);
    Kabupaten k = Kabupaten.<Kabupaten>findByIdOptional(kode)
        .orElseThrow(() -> ProblemException.notFound(CommonMessages.THING_KABUPATEN, "kode", kode));
    if (ifMatch != null) {
      IfMatch.requireCurrent(k.konfigurasiVersi, ifMatch);
    }
    KabupatenLogo logo = KabupatenLogo.findById(kode);
    LogoRules.Gambar g = r.gambar();
    if (logo != null && logo.sha256.equals(g.sha256())) {
      return logo;
    }
    if (logo == null) {
      logo = new KabupatenLogo();
      logo.kabupatenKode = kode;
    }
    logo.mediaType = g.tipe().mediaType;
    logo.isi = isi;
    logo.lebar = g.lebar();
    logo.tinggi = g.tinggi();
    logo.sha256 = g.sha256();
    logo.editedBy(user, now());
    logo.persist();
    k.konfigurasiVersi++;
    k.editedBy(user, now());
    k.persist();
    events.kabupatenConfigured(k, logo);
    return logo;
  }

  /** The result of applying settings: the kabupaten and whether anything changed. */
  public record Applied(Kabupaten kabupaten, boolean changed) {
  }

  /** Applies the settings (of an import document or a PUT); unchanged settings write and publish nothing. */
  public Applied apply(KabupatenDok d, String user) {
    return apply(d.kode(), d.nama().trim(), d.negativeFormulaDefault(), d.overallMode(), d.capaianScoreCap(),
        Boolean.TRUE.equals(d.floorNegativeAtZero()), zona(d), user);
  }

  /**
   * The zone a document's kabupaten has after the import: the one it names; without one, the zone stored (so that a
   * document written before kabupaten had zones changes nothing), or for a new kabupaten its province's.
   */
  public ZonaWaktu zona(KabupatenDok d) {
    return zona(Kabupaten.findById(d.kode()), d.kode(), d.zonaWaktu());
  }

  private static ZonaWaktu zona(Kabupaten stored, String kode, ZonaWaktu requested) {
    if (requested != null) {
      return requested;
    }
    return stored != null ? stored.zonaWaktu : ZonaWaktu.ofProvinsi(kode);
  }

  private Applied apply(String kode, String nama, NegativeFormula negative, OverallMode overall, BigDecimal cap,
      boolean floor, ZonaWaktu zona, String user) {
    Kabupaten k = Kabupaten.findById(kode);
    boolean created = k == null;
    if (!created && k.nama.equals(nama) && k.negativeFormulaDefault == negative && k.overallMode == overall
        && (k.capaianScoreCap == null ? cap == null : cap != null && k.capaianScoreCap.compareTo(cap) == 0)
        && k.floorNegativeAtZero == floor && k.zonaWaktu == zona) {
      return new Applied(k, false);
    }
    NegativeFormula before = created ? null : k.negativeFormulaDefault;
    if (created) {
      k = new Kabupaten();
      k.kode = kode;
      k.konfigurasiVersi = 0;
    }
    k.nama = nama;
    k.negativeFormulaDefault = negative;
    k.overallMode = overall;
    k.capaianScoreCap = cap;
    k.floorNegativeAtZero = floor;
    k.zonaWaktu = zona;
    k.konfigurasiVersi++;
    k.editedBy(user, now());
    k.persist();
    events.kabupatenConfigured(k, KabupatenLogo.findById(kode));
    zones.changed();
    if (!created && !Objects.equals(before, negative)) {
      // Indicators without a PK take the kabupaten default: every published plan of the kabupaten may change.
      for (Kecamatan kec : Kecamatan.<Kecamatan>list("kabupatenKode", kode)) {
        publisher.refresh(kec.kode, publisher.publishedYears(kec.kode));
      }
    }
    return new Applied(k, true);
  }
}
