package id.kinerja.planning.domain.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static id.kinerja.planning.domain.PlanningMessages.DUPLICATE_CODE_DESA;
import static id.kinerja.planning.domain.PlanningMessages.DUPLICATE_CODE_NAMA_PEJABAT;
import static id.kinerja.planning.domain.PlanningMessages.DUPLICATE_CODE_NIP;
import static id.kinerja.planning.domain.PlanningMessages.DUPLICATE_CODE_UNIT;
import static id.kinerja.planning.domain.PlanningMessages.MUST_BE_IN_KABUPATEN;
import static id.kinerja.planning.domain.PlanningMessages.MUST_BE_IN_KECAMATAN;
import static id.kinerja.planning.domain.PlanningMessages.UNKNOWN_CODE_UNIT;
import static id.kinerja.planning.domain.PlanningMessages.UNKNOWN_CODE_UNIT_INDUK;

import id.kinerja.common.i18n.CommonMessages;
import id.kinerja.planning.domain.dokumen.DesaDok;
import id.kinerja.planning.domain.dokumen.KecamatanDok;
import id.kinerja.planning.domain.dokumen.PejabatDok;
import id.kinerja.planning.domain.dokumen.UnitKerjaDok;

/**
 * Master data of a kecamatan: codes nest (kabupaten → kecamatan → desa), codes and officials are unique, and the texts
 * of its tugas pokok, fungsi and dasar hukum say something (the schema bounds their lengths).
 */
public final class KecamatanRules {

  private KecamatanRules() {
  }

  public static void check(String kabupatenKode, KecamatanDok k, String path, Violations v) {
    if (!k.kode().startsWith(kabupatenKode + ".")) {
      v.add(Violations.at(path, "kode"), MUST_BE_IN_KABUPATEN, "kecamatan", k.kode(), "kabupaten", kabupatenKode);
    }
    Set<String> desa = new HashSet<>();
    List<DesaDok> desaList = Defaults.list(k.desa());
    for (int i = 0; i < desaList.size(); i++) {
      DesaDok d = desaList.get(i);
      String at = Violations.at(Violations.at(path, "desa"), i);
      if (!desa.add(d.kode())) {
        v.add(Violations.at(at, "kode"), DUPLICATE_CODE_DESA, "kode", d.kode());
      }
      if (!d.kode().startsWith(k.kode() + ".")) {
        v.add(Violations.at(at, "kode"), MUST_BE_IN_KECAMATAN, "desa", d.kode(), "kecamatan", k.kode());
      }
    }
    List<UnitKerjaDok> units = Defaults.list(k.unitKerja());
    Set<String> unitKode = units.stream().map(UnitKerjaDok::kode).collect(Collectors.toSet());
    Set<String> seenUnit = new HashSet<>();
    for (int i = 0; i < units.size(); i++) {
      UnitKerjaDok u = units.get(i);
      String at = Violations.at(Violations.at(path, "unitKerja"), i);
      if (!seenUnit.add(u.kode())) {
        v.add(Violations.at(at, "kode"), DUPLICATE_CODE_UNIT, "kode", u.kode());
      }
      if (u.indukKode() != null && (!unitKode.contains(u.indukKode()) || u.indukKode().equals(u.kode()))) {
        v.add(Violations.at(at, "indukKode"), UNKNOWN_CODE_UNIT_INDUK, "kode", u.indukKode());
      }
    }
    List<PejabatDok> pejabat = Defaults.list(k.pejabat());
    Set<String> nip = new HashSet<>();
    Set<String> namaTanpaNip = new HashSet<>();
    for (int i = 0; i < pejabat.size(); i++) {
      PejabatDok p = pejabat.get(i);
      String at = Violations.at(Violations.at(path, "pejabat"), i);
      if (p.nip() != null && !nip.add(p.nip())) {
        v.add(Violations.at(at, "nip"), DUPLICATE_CODE_NIP, "nip", p.nip());
      }
      if (p.nip() == null && !namaTanpaNip.add(PejabatIndex.normal(p.nama()))) {
        v.add(Violations.at(at, "nama"), DUPLICATE_CODE_NAMA_PEJABAT, "nama", p.nama());
      }
      if (p.unitKode() != null && !unitKode.contains(p.unitKode())) {
        v.add(Violations.at(at, "unitKode"), UNKNOWN_CODE_UNIT, "kode", p.unitKode());
      }
    }
    // A text of spaces only would print as an empty paragraph of BAB I: refused like an empty one.
    if (k.tugasPokok() != null && k.tugasPokok().isBlank()) {
      v.add(Violations.at(path, "tugasPokok"), CommonMessages.NOT_BLANK);
    }
    blankItems(Defaults.list(k.fungsi()), Violations.at(path, "fungsi"), v);
    blankItems(Defaults.list(k.dasarHukum()), Violations.at(path, "dasarHukum"), v);
  }

  private static void blankItems(List<String> texts, String path, Violations v) {
    for (int i = 0; i < texts.size(); i++) {
      if (texts.get(i) == null || texts.get(i).isBlank()) {
        v.add(Violations.at(path, i), CommonMessages.NOT_BLANK);
      }
    }
  }
}
