package id.kinerja.reporting.domain;

/**
 * The operator's narrative of one indicator realisasi version (docs/domain.md §2.10): what helped (faktor pendukung),
 * what held it back (faktor penghambat) and what will be done (tindak lanjut), as written; null where none was given.
 * Text people wrote, never computed: reports print it beside the figures of the version that counts.
 */
public record Narasi(String faktorPendukung, String faktorPenghambat, String tindakLanjut) {

  /** No narrative at all (v1 events, budget lines). */
  public static final Narasi NONE = new Narasi(null, null, null);

  public Narasi {
    faktorPendukung = blankToNull(faktorPendukung);
    faktorPenghambat = blankToNull(faktorPenghambat);
    tindakLanjut = blankToNull(tindakLanjut);
  }

  /** The narrative of three fields, {@link #NONE} when none is given. */
  public static Narasi of(String faktorPendukung, String faktorPenghambat, String tindakLanjut) {
    Narasi n = new Narasi(faktorPendukung, faktorPenghambat, tindakLanjut);
    return n.isEmpty() ? NONE : n;
  }

  public boolean isEmpty() {
    return faktorPendukung == null && faktorPenghambat == null && tindakLanjut == null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
