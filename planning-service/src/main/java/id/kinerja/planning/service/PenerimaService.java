package id.kinerja.planning.service;

import static id.kinerja.planning.domain.PlanningMessages.THING_PENERIMA;
import static id.kinerja.planning.domain.PlanningMessages.UNKNOWN_CODE_KECAMATAN;
import static id.kinerja.planning.domain.PlanningMessages.UNKNOWN_CODE_PEJABAT_NIP_KABUPATEN;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import id.kinerja.common.json.CanonicalJson;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.planning.domain.Kecamatan;
import id.kinerja.planning.domain.Pejabat;
import id.kinerja.planning.domain.Penerima;
import id.kinerja.planning.domain.PenerimaTerbit;
import id.kinerja.planning.domain.rules.LogoRules;
import id.kinerja.planning.domain.rules.PenerimaRules;
import id.kinerja.planning.domain.rules.PenerimaRules.Entri;
import id.kinerja.planning.domain.rules.Violations;

/**
 * The kabupaten's e-mail addresses for notifications (issue #17): users by username, officials by NIP. Every change
 * that changes who can be reached — an address, an opt-out, or the officials of a kecamatan — is announced as
 * planning.penerima.published with the whole list and versi + 1; a save that changes nothing announces nothing.
 */
@ApplicationScoped
public class PenerimaService extends PlanningWrites {

  /** A stored address and the entries it gives (none for an official no longer recorded). */
  public record Tercatat(Penerima penerima, List<Entri> entri) {
  }

  /** A user's address as entered. */
  public record Pengguna(String nama, String surel, String peran, String kecamatanKode, boolean berhentiBerlangganan) {
  }

  public Slice<Tercatat> list(String kabupatenKode, int page, int size) {
    Slice<Penerima> slice = Slice.of(Penerima.find("kabupatenKode = ?1 order by jenis, kunci", kabupatenKode), page, size);
    List<PenerimaRules.PejabatTercatat> pejabat = pejabat(kabupatenKode);
    return new Slice<>(slice.items().stream().map(p -> tercatat(p, pejabat)).toList(), slice.total());
  }

  public Optional<Tercatat> find(String kabupatenKode, Penerima.Jenis jenis, String kunci) {
    return stored(kabupatenKode, jenis, kunci).map(p -> tercatat(p, pejabat(kabupatenKode)));
  }

  @Transactional
  public Tercatat savePengguna(String kabupatenKode, String username, Pengguna masukan, String user) {
    lockedKabupaten(kabupatenKode);
    Violations v = new Violations();
    String surel = PenerimaRules.surel(masukan.surel(), "surel", v);
    PenerimaRules.peran(masukan.peran(), masukan.kecamatanKode(), v);
    if (masukan.kecamatanKode() != null) {
      Kecamatan k = Kecamatan.findById(masukan.kecamatanKode());
      if (k == null || !k.kabupatenKode.equals(kabupatenKode)) {
        v.add("kecamatanKode", UNKNOWN_CODE_KECAMATAN, "kecamatan", masukan.kecamatanKode(), "kabupaten", kabupatenKode);
      }
    }
    refuse(v);
    Penerima p = stored(kabupatenKode, Penerima.Jenis.PENGGUNA, username).orElseGet(() -> baru(kabupatenKode,
        Penerima.Jenis.PENGGUNA, username));
    String nama = masukan.nama().trim();
    if (p.versi > 0 && nama.equals(p.nama) && surel.equals(p.surel) && masukan.peran().equals(p.peran)
        && java.util.Objects.equals(masukan.kecamatanKode(), p.kecamatanKode)
        && masukan.berhentiBerlangganan() == p.berhentiBerlangganan) {
      return tercatat(p, pejabat(kabupatenKode));
    }
    p.nama = nama;
    p.surel = surel;
    p.peran = masukan.peran();
    p.kecamatanKode = masukan.kecamatanKode();
    p.berhentiBerlangganan = masukan.berhentiBerlangganan();
    return saved(p, user);
  }

  @Transactional
  public Tercatat savePejabat(String kabupatenKode, String nip, String surelMasukan, boolean berhenti, String user) {
    lockedKabupaten(kabupatenKode);
    Violations v = new Violations();
    String surel = PenerimaRules.surel(surelMasukan, "surel", v);
    List<PenerimaRules.PejabatTercatat> pejabat = pejabat(kabupatenKode);
    if (pejabat.stream().noneMatch(p -> nip.equals(p.nip()))) {
      v.add("nip", UNKNOWN_CODE_PEJABAT_NIP_KABUPATEN, "nip", nip, "kabupaten", kabupatenKode);
    }
    refuse(v);
    Penerima p = stored(kabupatenKode, Penerima.Jenis.PEJABAT, nip).orElseGet(() -> baru(kabupatenKode,
        Penerima.Jenis.PEJABAT, nip));
    if (p.versi > 0 && surel.equals(p.surel) && berhenti == p.berhentiBerlangganan) {
      return tercatat(p, pejabat);
    }
    p.surel = surel;
    p.berhentiBerlangganan = berhenti;
    return saved(p, user);
  }

  /** The person's own choice: a user stops (or resumes) receiving e-mail. */
  @Transactional
  public Tercatat berlangganan(String kabupatenKode, String username, boolean berhenti, String user) {
    lockedKabupaten(kabupatenKode);
    Penerima p = required(kabupatenKode, Penerima.Jenis.PENGGUNA, username);
    if (p.berhentiBerlangganan == berhenti) {
      return tercatat(p, pejabat(kabupatenKode));
    }
    p.berhentiBerlangganan = berhenti;
    return saved(p, user);
  }

  @Transactional
  public void delete(String kabupatenKode, Penerima.Jenis jenis, String kunci) {
    lockedKabupaten(kabupatenKode);
    required(kabupatenKode, jenis, kunci).delete();
    announce(kabupatenKode);
  }

  /**
   * Announces the kabupaten's list when it differs from the one last announced. Called by every change here and when
   * a kecamatan's officials are saved again (KecamatanService), inside the caller's transaction.
   */
  public void announce(String kabupatenKode) {
    Penerima.flush();
    List<PenerimaRules.PejabatTercatat> pejabat = pejabat(kabupatenKode);
    List<Entri> entri = new ArrayList<>();
    Penerima.<Penerima>list("kabupatenKode", kabupatenKode).forEach(p -> entri.addAll(tercatat(p, pejabat).entri()));
    List<Entri> list = PenerimaRules.urut(entri);
    String sha256 = LogoRules.sha256(CanonicalJson.write(list).getBytes(StandardCharsets.UTF_8));
    PenerimaTerbit terbit = PenerimaTerbit.findById(kabupatenKode);
    if (terbit == null) {
      if (list.isEmpty()) {
        return; // nobody to announce, and nobody was announced before
      }
      terbit = new PenerimaTerbit();
      terbit.kabupatenKode = kabupatenKode;
    } else if (terbit.sha256.equals(sha256)) {
      return;
    }
    terbit.versi++;
    terbit.sha256 = sha256;
    terbit.persist();
    events.penerimaPublished(kabupatenKode, terbit.versi, list);
  }

  private Tercatat saved(Penerima p, String user) {
    p.newVersion(user, now());
    p.persist();
    announce(p.kabupatenKode);
    return tercatat(p, pejabat(p.kabupatenKode));
  }

  private static Tercatat tercatat(Penerima p, List<PenerimaRules.PejabatTercatat> pejabat) {
    if (p.jenis == Penerima.Jenis.PEJABAT) {
      return new Tercatat(p, PenerimaRules.pejabat(p.kunci, p.surel, p.berhentiBerlangganan, pejabat));
    }
    return new Tercatat(p, List.of(new Entri(p.jenis.id(p.kunci), p.nama, p.surel, p.peran, p.kecamatanKode,
        p.berhentiBerlangganan)));
  }

  /** The officials of every kecamatan of the kabupaten (a kecamatan's code starts with its kabupaten's). */
  private static List<PenerimaRules.PejabatTercatat> pejabat(String kabupatenKode) {
    return Pejabat.<Pejabat>list("kecamatanKode like ?1 and nip is not null order by kecamatanKode, urutan",
        kabupatenKode + ".%").stream()
        .map(p -> new PenerimaRules.PejabatTercatat(p.nip, p.nama, p.peran, p.kecamatanKode)).toList();
  }

  private static Optional<Penerima> stored(String kabupatenKode, Penerima.Jenis jenis, String kunci) {
    return Penerima.find("kabupatenKode = ?1 and jenis = ?2 and kunci = ?3", kabupatenKode, jenis, kunci)
        .firstResultOptional();
  }

  private static Penerima required(String kabupatenKode, Penerima.Jenis jenis, String kunci) {
    return stored(kabupatenKode, jenis, kunci).orElseThrow(() -> ProblemException.notFound(THING_PENERIMA, "id",
        jenis.id(kunci), "kabupaten", kabupatenKode));
  }

  private static Penerima baru(String kabupatenKode, Penerima.Jenis jenis, String kunci) {
    Penerima p = new Penerima();
    p.kabupatenKode = kabupatenKode;
    p.jenis = jenis;
    p.kunci = kunci;
    return p;
  }

  private static void refuse(Violations v) {
    if (!v.isEmpty()) {
      throw ProblemException.invalid(v.list());
    }
  }
}
