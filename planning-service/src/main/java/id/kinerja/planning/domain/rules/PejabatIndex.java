package id.kinerja.planning.domain.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.kinerja.planning.domain.dokumen.PejabatDok;
import id.kinerja.planning.domain.dokumen.PihakRefDok;

/** The officials of a kecamatan, found by nip, or by nama when a reference gives no nip. */
public final class PejabatIndex {

  private final Map<String, PejabatDok> byNip = new LinkedHashMap<>();
  private final Map<String, PejabatDok> byNama = new LinkedHashMap<>();

  public PejabatIndex(List<PejabatDok> pejabat) {
    for (PejabatDok p : Defaults.list(pejabat)) {
      if (p.nip() != null) {
        byNip.putIfAbsent(p.nip(), p);
      }
      byNama.putIfAbsent(normal(p.nama()), p);
    }
  }

  /** The stable key of an official: the nip, or "nama:" + nama for an official recorded without one. */
  public static String kunci(PejabatDok p) {
    return p.nip() != null ? p.nip() : "nama:" + normal(p.nama());
  }

  public Optional<PejabatDok> find(PihakRefDok ref) {
    if (ref == null) {
      return Optional.empty();
    }
    if (ref.nip() != null) {
      return Optional.ofNullable(byNip.get(ref.nip()));
    }
    return Optional.ofNullable(byNama.get(normal(ref.nama())));
  }

  public boolean contains(String kunci) {
    return kunci.startsWith("nama:") ? byNama.containsKey(kunci.substring(5)) && byNama.get(kunci.substring(5)).nip() == null
        : byNip.containsKey(kunci);
  }

  static String normal(String nama) {
    return nama == null ? "" : nama.trim().replaceAll("\\s+", " ");
  }
}
