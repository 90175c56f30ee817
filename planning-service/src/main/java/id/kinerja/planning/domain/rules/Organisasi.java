package id.kinerja.planning.domain.rules;

import java.util.List;

import id.kinerja.planning.domain.Peran;
import id.kinerja.planning.domain.dokumen.PejabatDok;
import id.kinerja.planning.domain.dokumen.UnitKerjaDok;

/**
 * The kecamatan's organisation as BAB I of its LKjIP describes it: its units in the recorded order, each with its parent
 * and its head. The head of a unit is the first official recorded in it whose position is structural (not STAF): a unit
 * has no head of its own when none is recorded there (a Plt. head who belongs to another unit is only named in that
 * official's jabatan, so such a unit shows none), and a group of functional staff has none.
 */
public final class Organisasi {

  private Organisasi() {
  }

  /** One unit with its parent (null for the top) and its head (null when none is recorded). */
  public record Unit(String kode, String nama, String indukKode, PejabatDok kepala) {
  }

  public static List<Unit> of(List<UnitKerjaDok> units, List<PejabatDok> pejabat) {
    return Defaults.list(units).stream()
        .map(u -> new Unit(u.kode(), u.nama(), u.indukKode(), kepala(u.kode(), Defaults.list(pejabat))))
        .toList();
  }

  private static PejabatDok kepala(String unitKode, List<PejabatDok> pejabat) {
    return pejabat.stream()
        .filter(p -> unitKode.equals(p.unitKode()) && p.peran() != null && p.peran() != Peran.STAF && p.peran() != Peran.BUPATI)
        .findFirst().orElse(null);
  }
}
