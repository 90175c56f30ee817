package id.kinerja.planning.service;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.type.TypeReference;

import static id.kinerja.planning.domain.PlanningMessages.MUST_BE_AFTER_CLOSE;
import static id.kinerja.planning.domain.PlanningMessages.THING_JADWAL;
import static id.kinerja.planning.domain.PlanningMessages.UNKNOWN_CODE_KECAMATAN;

import id.kinerja.common.json.CanonicalJson;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.planning.domain.Jadwal;
import id.kinerja.planning.domain.Kabupaten;
import id.kinerja.planning.domain.Kecamatan;
import id.kinerja.planning.domain.rules.JadwalRules;
import id.kinerja.planning.domain.rules.JadwalRules.Batas;
import id.kinerja.planning.domain.rules.Violations;
import id.kinerja.planning.events.PlanningEvents;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * The reporting calendar: per kabupaten, year and triwulan when entry opens and closes and when verification
 * closes, plus reopenings (perpanjangan) per kecamatan or for all; each change is planning.jadwal.published with
 * versi + 1. The realization service enforces the windows from its copy.
 */
@ApplicationScoped
public class JadwalService extends PlanningWrites {

  /** The window of one triwulan. */
  public record Jendela(Instant inputDibuka, Instant inputDitutup, Instant verifikasiDitutup) {
  }

  /** The window as entered: each time a local date of the kabupaten's zone or a date-time with offset (JadwalRules). */
  public record Masukan(String inputDibuka, String inputDitutup, String verifikasiDitutup) {
  }

  public Optional<Jadwal> find(String kabupatenKode, int tahun, int triwulan) {
    return Jadwal.find("kabupatenKode = ?1 and tahun = ?2 and triwulan = ?3", kabupatenKode, tahun, triwulan)
        .firstResultOptional();
  }

  /** A page of the kabupaten's calendar, of one year when {@code tahun} is given. */
  public Slice<Jadwal> list(String kabupatenKode, Integer tahun, int page, int size) {
    PanacheQuery<Jadwal> query = tahun == null ? Jadwal.find("kabupatenKode = ?1 order by tahun, triwulan", kabupatenKode)
        : Jadwal.find("kabupatenKode = ?1 and tahun = ?2 order by triwulan", kabupatenKode, tahun);
    return Slice.of(query, page, size);
  }

  /**
   * Sets the window of a triwulan (PUT); reopenings already granted stay. A change needs the current versi. Dates are
   * read in the kabupaten's zone.
   */
  @Transactional
  public Jadwal save(String kabupatenKode, int tahun, int triwulan, Masukan masukan, Long ifMatch, String user) {
    Kabupaten kabupaten = lockedKabupaten(kabupatenKode);
    IfMatch.requireCurrent(find(kabupatenKode, tahun, triwulan).map(j -> j.versi).orElse(null), ifMatch);
    Violations v = new Violations();
    Jendela jendela = jendela(masukan, kabupaten.zonaWaktu.zone(), "", v);
    if (v.isEmpty()) {
      JadwalRules.check(jendela.inputDibuka(), jendela.inputDitutup(), jendela.verifikasiDitutup(), "", v);
    }
    if (!v.isEmpty()) {
      throw ProblemException.invalid(v.list());
    }
    apply(kabupatenKode, tahun, triwulan, jendela, user);
    return find(kabupatenKode, tahun, triwulan).orElseThrow();
  }

  /** The window entered, read in {@code zone}: an opening date starts with its day, a closing date ends with it. */
  public static Jendela jendela(Masukan m, ZoneId zone, String path, Violations v) {
    return new Jendela(JadwalRules.waktu(m.inputDibuka(), zone, Batas.AWAL, Violations.at(path, "inputDibuka"), v),
        JadwalRules.waktu(m.inputDitutup(), zone, Batas.AKHIR, Violations.at(path, "inputDitutup"), v),
        JadwalRules.waktu(m.verifikasiDitutup(), zone, Batas.AKHIR, Violations.at(path, "verifikasiDitutup"), v));
  }

  /**
   * Reopens entry after closing, for one kecamatan or (kecamatanKode null) all of them, until {@code sampai} (a date
   * ends with its local day), with a reason. A reopening replaces the one the same kecamatan (or all) had: each keeps
   * at most one, the latest decision.
   */
  @Transactional
  public Jadwal perpanjang(String kabupatenKode, int tahun, int triwulan, String kecamatanKode, String sampaiMasukan,
      String alasan, Long ifMatch, String user) {
    lock.kabupaten(kabupatenKode);
    Jadwal j = find(kabupatenKode, tahun, triwulan)
        .orElseThrow(() -> ProblemException.notFound(THING_JADWAL, "kabupaten", kabupatenKode, "tahun", tahun, "triwulan",
            triwulan));
    IfMatch.requireCurrent(j.versi, ifMatch);
    Violations v = new Violations();
    Kabupaten kabupaten = Kabupaten.findById(kabupatenKode);
    Instant sampai = JadwalRules.waktu(sampaiMasukan, kabupaten.zonaWaktu.zone(), Batas.AKHIR, "sampai", v);
    if (kecamatanKode != null) {
      Kecamatan k = Kecamatan.findById(kecamatanKode);
      if (k == null || !k.kabupatenKode.equals(kabupatenKode)) {
        v.add("kecamatanKode", UNKNOWN_CODE_KECAMATAN, "kecamatan", kecamatanKode, "kabupaten", kabupatenKode);
      }
    }
    if (sampai != null && !sampai.isAfter(j.inputDitutup)) {
      v.add("sampai", MUST_BE_AFTER_CLOSE, "ditutup", j.inputDitutup);
    }
    if (!v.isEmpty()) {
      throw ProblemException.invalid(v.list());
    }
    j.perpanjangan = CanonicalJson.write(granted(perpanjangan(j),
        new PlanningEvents.Perpanjangan(kecamatanKode, sampai, alasan.trim(), user)));
    touch(j, user);
    return j;
  }

  /**
   * The reopenings after granting {@code baru}: it takes the place of the one its kecamatan (or, for all, the one for
   * all) had, so the event carries one entry per kecamatan; otherwise it is added at the end.
   */
  static List<PlanningEvents.Perpanjangan> granted(List<PlanningEvents.Perpanjangan> before, PlanningEvents.Perpanjangan baru) {
    List<PlanningEvents.Perpanjangan> list = new ArrayList<>(before);
    int at = -1;
    for (int i = 0; i < list.size() && at < 0; i++) {
      if (Objects.equals(list.get(i).kecamatanKode(), baru.kecamatanKode())) {
        at = i;
      }
    }
    list.removeIf(p -> Objects.equals(p.kecamatanKode(), baru.kecamatanKode()));
    list.add(at < 0 ? list.size() : at, baru);
    return list;
  }

  /** Writes and announces the window if it differs from the stored one; returns whether it did. */
  public boolean apply(String kabupatenKode, int tahun, int triwulan, Jendela w, String user) {
    Jadwal j = find(kabupatenKode, tahun, triwulan).orElse(null);
    if (j != null && j.inputDibuka.equals(w.inputDibuka()) && j.inputDitutup.equals(w.inputDitutup())
        && Objects.equals(j.verifikasiDitutup, w.verifikasiDitutup())) {
      return false;
    }
    if (j == null) {
      j = new Jadwal();
      j.kabupatenKode = kabupatenKode;
      j.tahun = tahun;
      j.triwulan = triwulan;
      j.perpanjangan = "[]";
    }
    j.inputDibuka = w.inputDibuka();
    j.inputDitutup = w.inputDitutup();
    j.verifikasiDitutup = w.verifikasiDitutup();
    touch(j, user);
    return true;
  }

  private void touch(Jadwal j, String user) {
    j.newVersion(user, now());
    j.persist();
    events.jadwalPublished(payload(j));
  }

  public List<PlanningEvents.Perpanjangan> perpanjangan(Jadwal j) {
    return StoredPlans.read(j.perpanjangan, new TypeReference<List<PlanningEvents.Perpanjangan>>() {
    });
  }

  public PlanningEvents.JadwalPublished payload(Jadwal j) {
    return new PlanningEvents.JadwalPublished(j.kabupatenKode, j.tahun, j.triwulan, j.versi, j.inputDibuka,
        j.inputDitutup, j.verifikasiDitutup, perpanjangan(j));
  }
}
