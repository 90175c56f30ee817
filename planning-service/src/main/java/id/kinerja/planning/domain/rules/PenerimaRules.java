package id.kinerja.planning.domain.rules;

import static id.kinerja.planning.domain.PlanningMessages.MUST_BE_EMAIL;
import static id.kinerja.planning.domain.PlanningMessages.MUST_BE_NULL_KECAMATAN_PERAN;
import static id.kinerja.planning.domain.PlanningMessages.REQUIRED_KECAMATAN_PERAN;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import id.kinerja.common.security.Roles;
import id.kinerja.planning.domain.Peran;

/**
 * Who a notification can reach (issue #17): what an address must be, which role an official acts in, and the list
 * planning announces in planning.penerima.published (docs/events.md). Pure: the service passes the stored rows.
 */
public final class PenerimaRules {

  /** The roles a user can be registered in: the token groups (docs/security.md). */
  public static final List<String> PERAN = List.of(Roles.OPERATOR, Roles.VERIFIER, Roles.PLANNER,
      Roles.BAGIAN_ORGANISASI, Roles.PIMPINAN);

  /**
   * A mailbox as SMTP takes it: a dot-atom local part of at most 64 characters, a domain of labels with at least one
   * dot, 254 characters in all. No spaces, quotes or line breaks, so an address can never add a header to a mail.
   */
  private static final Pattern SUREL = Pattern.compile(
      "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
          + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

  private PenerimaRules() {
  }

  /** One entry of the announced list (planning.penerima.published v1). */
  public record Entri(String id, String nama, String surel, String peran, String kecamatanKode,
      boolean berhentiBerlangganan) {
  }

  /** An official as recorded in a kecamatan of the kabupaten. */
  public record PejabatTercatat(String nip, String nama, Peran peran, String kecamatanKode) {
  }

  /** Checks an address; returns it as it will be stored (the domain in lower case), null when refused. */
  public static String surel(String nilai, String field, Violations v) {
    if (nilai == null || nilai.length() > 254 || !SUREL.matcher(nilai).matches()
        || nilai.indexOf('@') > 64) {
      v.add(field, MUST_BE_EMAIL, "nilai", nilai == null ? "" : nilai);
      return null;
    }
    int at = nilai.indexOf('@');
    return nilai.substring(0, at + 1) + nilai.substring(at + 1).toLowerCase(Locale.ROOT);
  }

  /** A user's role and kecamatan: the kecamatan roles act in one kecamatan, the others in the whole kabupaten. */
  public static void peran(String peran, String kecamatanKode, Violations v) {
    boolean kecamatanRole = Roles.OPERATOR.equals(peran) || Roles.VERIFIER.equals(peran);
    if (kecamatanRole && kecamatanKode == null) {
      v.add("kecamatanKode", REQUIRED_KECAMATAN_PERAN, "peran", peran);
    } else if (!kecamatanRole && kecamatanKode != null) {
      v.add("kecamatanKode", MUST_BE_NULL_KECAMATAN_PERAN, "peran", peran);
    }
  }

  /**
   * The role an official's position acts in: the Camat and the Sekcam verify their kecamatan's realisasi, the heads of
   * subdivision and section and staff enter it, the Bupati leads (kabupaten-wide).
   */
  public static String peranPejabat(Peran peran) {
    return switch (peran) {
      case CAMAT, SEKCAM -> Roles.VERIFIER;
      case KASUBAG, KASI, STAF -> Roles.OPERATOR;
      case BUPATI -> Roles.PIMPINAN;
    };
  }

  /**
   * The entries an official's address gives: one per kecamatan the NIP is recorded in with its role (an official
   * acting in two kecamatan, a Plt., is in both), one in all for a kabupaten-wide role. Empty when the NIP is no
   * official of the kabupaten (any more): the address is kept but reaches nobody.
   */
  public static List<Entri> pejabat(String nip, String surel, boolean berhenti, List<PejabatTercatat> pejabat) {
    Set<Entri> entri = new LinkedHashSet<>();
    for (PejabatTercatat p : pejabat) {
      if (!nip.equals(p.nip())) {
        continue;
      }
      String peran = peranPejabat(p.peran());
      String kecamatan = Roles.PIMPINAN.equals(peran) ? null : p.kecamatanKode();
      entri.add(new Entri("pejabat:" + nip, p.nama(), surel, peran, kecamatan, berhenti));
    }
    return List.copyOf(entri);
  }

  /** The announced list in a stable order (id, then kecamatan), so the same recipients give the same payload. */
  public static List<Entri> urut(List<Entri> entri) {
    List<Entri> list = new ArrayList<>(entri);
    list.sort(Comparator.comparing(Entri::id).thenComparing(e -> e.kecamatanKode() == null ? "" : e.kecamatanKode())
        .thenComparing(Entri::peran));
    return List.copyOf(list);
  }
}
