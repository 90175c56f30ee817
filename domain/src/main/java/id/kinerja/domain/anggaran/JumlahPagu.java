package id.kinerja.domain.anggaran;

import java.util.Collection;
import java.util.HashSet;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The total pagu of a selection of budget lines, as a PK prints it under its program list (docs/domain.md §2.5): a
 * line counts once, through its highest selected ancestor — a kegiatan listed beside its program is already inside
 * the program's pagu and is not added again.
 */
public final class JumlahPagu {

  /** One budget line: its kode, the kode of the line above (null for a program) and its pagu in Rupiah. */
  public record Baris(String kode, String parentKode, long pagu) {
  }

  private JumlahPagu() {
  }

  /** Sum of the selected lines none of whose ancestors is selected; empty when nothing of {@code dipilih} is known. */
  public static OptionalLong jumlah(Collection<Baris> semua, Collection<String> dipilih) {
    Set<String> pilih = new HashSet<>(dipilih);
    java.util.Map<String, String> parent = new java.util.HashMap<>();
    for (Baris b : semua) {
      parent.put(b.kode(), b.parentKode());
    }
    long total = 0;
    boolean any = false;
    for (Baris b : semua) {
      if (pilih.contains(b.kode()) && !ancestorSelected(b.kode(), parent, pilih)) {
        total = Math.addExact(total, b.pagu());
        any = true;
      }
    }
    return any ? OptionalLong.of(total) : OptionalLong.empty();
  }

  private static boolean ancestorSelected(String kode, java.util.Map<String, String> parent, Set<String> pilih) {
    Set<String> seen = new HashSet<>();
    for (String p = parent.get(kode); p != null && seen.add(p); p = parent.get(p)) {
      if (pilih.contains(p)) {
        return true;
      }
    }
    return false;
  }
}
