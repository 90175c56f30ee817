package id.kinerja.planning.domain.rules;

import static id.kinerja.planning.domain.PlanningMessages.BELANJA_IS_ANGGARAN;
import static id.kinerja.planning.domain.PlanningMessages.DUPLICATE_CODE_BELANJA;
import static id.kinerja.planning.domain.PlanningMessages.PAGU_TRIWULAN_SUM_BELANJA;
import static id.kinerja.planning.domain.PlanningMessages.PATTERN_BELANJA;
import static id.kinerja.planning.domain.PlanningMessages.RANGE_PAGU_BELANJA;
import static id.kinerja.planning.domain.PlanningMessages.REQUIRED_PAGU_BELANJA;
import static id.kinerja.planning.domain.PlanningMessages.SIZE_PAGU_TRIWULAN_BELANJA;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import id.kinerja.planning.domain.dokumen.BelanjaDok;

/**
 * The budget by jenis belanja (docs/domain.md §2.12): a flat list of rekening codes of the jenis belanja, each with
 * its pagu. It is a second view of the year's budget, so its codes must never be those of the program tree: a
 * budget cell's kode alone says which view it belongs to.
 */
public final class BelanjaRules {

  /** Akun 5 (belanja), kelompok (one digit), jenis (two digits): 5.1.01 Belanja Pegawai, 5.2.02 Belanja Modal …. */
  public static final Pattern KODE = Pattern.compile("^5\\.[1-9]\\.[0-9]{2}$");

  private BelanjaRules() {
  }

  /**
   * Validates the belanja lines of one PK ({@code path} is the belanja array) against the codes of its (or its
   * year's) program tree.
   */
  public static void check(List<BelanjaDok> lines, String path, Set<String> anggaranKode, Violations v) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      BelanjaDok b = lines.get(i);
      String at = Violations.at(path, i);
      if (b.kode() == null || !KODE.matcher(b.kode()).matches()) {
        v.add(Violations.at(at, "kode"), PATTERN_BELANJA, "kode", b.kode());
      } else if (!seen.add(b.kode())) {
        v.add(Violations.at(at, "kode"), DUPLICATE_CODE_BELANJA, "kode", b.kode());
      } else if (anggaranKode.contains(b.kode())) {
        v.add(Violations.at(at, "kode"), BELANJA_IS_ANGGARAN, "kode", b.kode());
      }
      if (b.pagu() == null) {
        v.add(Violations.at(at, "pagu"), REQUIRED_PAGU_BELANJA, "kode", b.kode());
      } else if (b.pagu() < 0) {
        v.add(Violations.at(at, "pagu"), RANGE_PAGU_BELANJA, "kode", b.kode(), "nilai", b.pagu());
      }
      paguTriwulan(b, at, v);
    }
  }

  private static void paguTriwulan(BelanjaDok b, String at, Violations v) {
    List<Long> tw = b.paguTriwulan();
    if (tw == null) {
      return;
    }
    if (tw.size() != 4) {
      v.add(Violations.at(at, "paguTriwulan"), SIZE_PAGU_TRIWULAN_BELANJA, "kode", b.kode(), "jumlah", tw.size());
      return;
    }
    for (int q = 0; q < 4; q++) {
      if (tw.get(q) == null || tw.get(q) < 0) {
        v.add(Violations.at(Violations.at(at, "paguTriwulan"), q), RANGE_PAGU_BELANJA, "kode", b.kode(), "nilai", tw.get(q));
        return;
      }
    }
    long sum = tw.stream().filter(Objects::nonNull).mapToLong(Long::longValue).sum();
    if (b.pagu() != null && sum != b.pagu()) {
      v.add(Violations.at(at, "paguTriwulan"), PAGU_TRIWULAN_SUM_BELANJA, "kode", b.kode(), "jumlah", sum, "pagu", b.pagu());
    }
  }
}
