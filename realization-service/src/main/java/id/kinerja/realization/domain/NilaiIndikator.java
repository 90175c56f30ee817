package id.kinerja.realization.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an operator enters for one indicator in one triwulan: the value (or its components, or a text), or
 * NOT_APPLICABLE with a reason, plus the narrative. Stored as given (raw, unrounded).
 */
public record NilaiIndikator(Keadaan keadaan, BigDecimal nilai, BigDecimal pembilang, BigDecimal penyebut, String teks,
    BigDecimal capaianManual, String capaianManualJustifikasi, String alasan, String faktorPendukung,
    String faktorPenghambat, String tindakLanjut) {

  /** The fields as a map (nulls kept), for the audit trail's old → new. */
  public Map<String, Object> asMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("keadaan", keadaan == null ? null : keadaan.name());
    m.put("nilai", nilai);
    m.put("pembilang", pembilang);
    m.put("penyebut", penyebut);
    m.put("teks", teks);
    m.put("capaianManual", capaianManual);
    m.put("capaianManualJustifikasi", capaianManualJustifikasi);
    m.put("alasan", alasan);
    m.put("faktorPendukung", faktorPendukung);
    m.put("faktorPenghambat", faktorPenghambat);
    m.put("tindakLanjut", tindakLanjut);
    return m;
  }

  /** old → new of every field that differs; decimals compare by value (1.0 equals 1.00). */
  public static Map<String, Object[]> changes(NilaiIndikator before, NilaiIndikator after) {
    Map<String, Object> a = before == null ? new NilaiIndikator(null, null, null, null, null, null, null, null, null,
        null, null).asMap() : before.asMap();
    Map<String, Object> b = after.asMap();
    Map<String, Object[]> changed = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : b.entrySet()) {
      Object old = a.get(e.getKey());
      if (!same(old, e.getValue())) {
        changed.put(e.getKey(), new Object[] { old, e.getValue() });
      }
    }
    return changed;
  }

  static boolean same(Object x, Object y) {
    if (x instanceof BigDecimal bx && y instanceof BigDecimal by) {
      return bx.compareTo(by) == 0;
    }
    return Objects.equals(x, y);
  }
}
