package id.kinerja.realization.domain;

/**
 * A budget line of the plan copy. Realisasi is entered on lines without children (usually sub kegiatan), or on a line
 * with children whose sub-lines are not itemised, never on both ({@link AnggaranRules}).
 *
 * @param paguTriwulan the pagu of each triwulan, four of them; empty when the plan gives none
 */
public record AnggaranDef(String kode, String nama, String level, String parentKode, long pagu, boolean punyaAnak,
    int urutan, java.util.List<Long> paguTriwulan) {

  /** The level of a line of the budget by jenis belanja (docs/domain.md §2.12): no parent, no children. */
  public static final String JENIS_BELANJA = "JENIS_BELANJA";

  public boolean jenisBelanja() {
    return JENIS_BELANJA.equals(level);
  }
}
