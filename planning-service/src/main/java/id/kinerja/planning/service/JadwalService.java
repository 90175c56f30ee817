package id.kinerja.planning.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.type.TypeReference;

import id.kinerja.common.json.CanonicalJson;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.planning.domain.Jadwal;
import id.kinerja.planning.domain.Kabupaten;
import id.kinerja.planning.domain.Kecamatan;
import id.kinerja.planning.domain.rules.JadwalRules;
import id.kinerja.planning.domain.rules.Violations;
import id.kinerja.planning.events.PlanningEvents;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * The reporting calendar: per kabupaten, year and triwulan when entry opens and closes and when verification
 * closes, plus reopenings (perpanjangan) per kecamatan or for all; each change is planning.jadwal.published with
 * versi + 1. The realization service enforces the windows from its copy.
 */
@ApplicationScoped
public class JadwalService {

  /** The window of one triwulan. */
  public record Jendela(Instant inputDibuka, Instant inputDitutup, Instant verifikasiDitutup) {
  }

  @Inject
  PlanningLock lock;

  @Inject
  PlanningEvents events;

  Clock clock = Clock.systemUTC();

  public Optional<Jadwal> find(String kabupatenKode, int tahun, int triwulan) {
    return Jadwal.find("kabupatenKode = ?1 and tahun = ?2 and triwulan = ?3", kabupatenKode, tahun, triwulan)
        .firstResultOptional();
  }

  public List<Jadwal> list(String kabupatenKode, Integer tahun, int page, int size) {
    return query(kabupatenKode, tahun).page(page, size).list();
  }

  public long count(String kabupatenKode, Integer tahun) {
    return query(kabupatenKode, tahun).count();
  }

  private PanacheQuery<Jadwal> query(String kabupatenKode, Integer tahun) {
    return tahun == null ? Jadwal.find("kabupatenKode = ?1 order by tahun, triwulan", kabupatenKode)
        : Jadwal.find("kabupatenKode = ?1 and tahun = ?2 order by triwulan", kabupatenKode, tahun);
  }

  /** Sets the window of a triwulan (PUT); reopenings already granted stay. A change needs the current versi. */
  @Transactional
  public Jadwal save(String kabupatenKode, int tahun, int triwulan, Jendela jendela, Long ifMatch, String user) {
    lock.kabupaten(kabupatenKode);
    if (Kabupaten.findById(kabupatenKode) == null) {
      throw ProblemException.notFound("kabupaten " + kabupatenKode);
    }
    Optional<Jadwal> existing = find(kabupatenKode, tahun, triwulan);
    requireVersion(existing, ifMatch, false);
    Violations v = new Violations();
    JadwalRules.check(jendela.inputDibuka(), jendela.inputDitutup(), jendela.verifikasiDitutup(), "", v);
    if (!v.isEmpty()) {
      throw ProblemException.invalid(v.list());
    }
    apply(kabupatenKode, tahun, triwulan, jendela, user);
    return find(kabupatenKode, tahun, triwulan).orElseThrow();
  }

  /** Reopens entry after closing, for one kecamatan or (kecamatanKode null) all of them, with a reason. */
  @Transactional
  public Jadwal perpanjang(String kabupatenKode, int tahun, int triwulan, String kecamatanKode, Instant sampai,
      String alasan, Long ifMatch, String user) {
    lock.kabupaten(kabupatenKode);
    Jadwal j = find(kabupatenKode, tahun, triwulan)
        .orElseThrow(() -> ProblemException.notFound("jadwal " + kabupatenKode + " " + tahun + " TW " + triwulan));
    requireVersion(Optional.of(j), ifMatch, true);
    Violations v = new Violations();
    if (kecamatanKode != null) {
      Kecamatan k = Kecamatan.findById(kecamatanKode);
      if (k == null || !k.kabupatenKode.equals(kabupatenKode)) {
        v.add("kecamatanKode", "unknown-code", "kecamatan " + kecamatanKode + " is not a kecamatan of " + kabupatenKode);
      }
    }
    if (!sampai.isAfter(j.inputDitutup)) {
      v.add("sampai", "must-be-after-close", "a reopening ends after entry closed (" + j.inputDitutup + ")");
    }
    if (!v.isEmpty()) {
      throw ProblemException.invalid(v.list());
    }
    List<PlanningEvents.Perpanjangan> list = new ArrayList<>(perpanjangan(j));
    list.add(new PlanningEvents.Perpanjangan(kecamatanKode, sampai, alasan.trim(), user));
    j.perpanjangan = CanonicalJson.write(list);
    touch(j, user);
    return j;
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
      j.versi = 0;
      j.perpanjangan = "[]";
    }
    j.inputDibuka = w.inputDibuka();
    j.inputDitutup = w.inputDitutup();
    j.verifikasiDitutup = w.verifikasiDitutup();
    touch(j, user);
    return true;
  }

  private void touch(Jadwal j, String user) {
    j.versi++;
    j.updatedAt = Instant.now(clock);
    j.updatedBy = user;
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

  private static void requireVersion(Optional<Jadwal> existing, Long ifMatch, boolean always) {
    if ((existing.isPresent() || always) && ifMatch == null) {
      throw ProblemException.preconditionRequired();
    }
    if (existing.isPresent() && ifMatch != null && ifMatch != existing.get().versi) {
      throw ProblemException.staleVersion("\"" + ifMatch + "\"", "\"" + existing.get().versi + "\"");
    }
  }
}
