package id.kinerja.planning.service;

import static id.kinerja.planning.domain.PlanningMessages.*;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import id.kinerja.common.i18n.Message;
import id.kinerja.common.i18n.Messages;
import id.kinerja.common.time.ZonaWaktu;
import id.kinerja.planning.domain.NegativeFormula;
import id.kinerja.planning.domain.OverallMode;
import id.kinerja.planning.domain.PlanningMessages;
import id.kinerja.planning.domain.dokumen.RencanaDokumen;

/**
 * The rows of the Identitas sheet: the single values of the plan document (kabupaten settings, the kecamatan, the
 * Renstra's head), each a label and a value. A row is known by its label in either language, or by the document's
 * path of its field ("kabupaten.kode").
 */
enum RencanaIdentitas {
  KABUPATEN_KODE(XLSX_ISIAN_KABUPATEN_KODE, "kabupaten", "kode", RencanaKolom.Isi.KODE, null, d -> d.kabupaten().kode()),
  KABUPATEN_NAMA(XLSX_ISIAN_KABUPATEN_NAMA, "kabupaten", "nama", RencanaKolom.Isi.TEKS, null, d -> d.kabupaten().nama()),
  NEGATIVE_FORMULA_DEFAULT(XLSX_ISIAN_NEGATIVE_FORMULA_DEFAULT, "kabupaten", "negativeFormulaDefault",
      RencanaKolom.Isi.PILIHAN, NegativeFormula.class, d -> d.kabupaten().negativeFormulaDefault()),
  OVERALL_MODE(XLSX_ISIAN_OVERALL_MODE, "kabupaten", "overallMode", RencanaKolom.Isi.PILIHAN, OverallMode.class,
      d -> d.kabupaten().overallMode()),
  KABUPATEN_CAP(XLSX_ISIAN_KABUPATEN_CAP, "kabupaten", "capaianScoreCap", RencanaKolom.Isi.ANGKA, null,
      d -> d.kabupaten().capaianScoreCap()),
  FLOOR_NEGATIVE(XLSX_ISIAN_FLOOR_NEGATIVE, "kabupaten", "floorNegativeAtZero", RencanaKolom.Isi.YA_TIDAK, null,
      d -> d.kabupaten().floorNegativeAtZero()),
  ZONA_WAKTU(XLSX_ISIAN_ZONA_WAKTU, "kabupaten", "zonaWaktu", RencanaKolom.Isi.PILIHAN, ZonaWaktu.class,
      d -> d.kabupaten().zonaWaktu()),
  KECAMATAN_KODE(XLSX_ISIAN_KECAMATAN_KODE, "kecamatan", "kode", RencanaKolom.Isi.KODE, null, d -> d.kecamatan().kode()),
  KECAMATAN_BPS(XLSX_ISIAN_KECAMATAN_BPS, "kecamatan", "kodeBps", RencanaKolom.Isi.KODE, null,
      d -> d.kecamatan().kodeBps()),
  KECAMATAN_NAMA(XLSX_ISIAN_KECAMATAN_NAMA, "kecamatan", "nama", RencanaKolom.Isi.TEKS, null, d -> d.kecamatan().nama()),
  KECAMATAN_ALAMAT(XLSX_ISIAN_KECAMATAN_ALAMAT, "kecamatan", "alamat", RencanaKolom.Isi.TEKS, null,
      d -> d.kecamatan().alamat()),
  KECAMATAN_TUGAS_POKOK(XLSX_ISIAN_KECAMATAN_TUGAS_POKOK, "kecamatan", "tugasPokok", RencanaKolom.Isi.TEKS, null,
      d -> d.kecamatan().tugasPokok()),
  RENSTRA_KODE(XLSX_ISIAN_RENSTRA_KODE, "renstra", "kode", RencanaKolom.Isi.KODE, null, d -> d.renstra().kode()),
  RENSTRA_NAMA(XLSX_ISIAN_RENSTRA_NAMA, "renstra", "nama", RencanaKolom.Isi.TEKS, null, d -> d.renstra().nama()),
  PERIODE_AWAL(XLSX_ISIAN_PERIODE_AWAL, "renstra", "periodeAwal", RencanaKolom.Isi.BULAT, null,
      d -> d.renstra().periodeAwal()),
  PERIODE_AKHIR(XLSX_ISIAN_PERIODE_AKHIR, "renstra", "periodeAkhir", RencanaKolom.Isi.BULAT, null,
      d -> d.renstra().periodeAkhir());

  final PlanningMessages label;
  /** The part of the document ("kabupaten", "kecamatan", "renstra") and the field of it the row holds. */
  final String bagian;
  final String field;
  final RencanaKolom.Isi isi;
  final List<String> pilihan;
  final Function<RencanaDokumen, Object> value;

  RencanaIdentitas(PlanningMessages label, String bagian, String field, RencanaKolom.Isi isi,
      Class<? extends Enum<?>> pilihan, Function<RencanaDokumen, Object> value) {
    this.label = label;
    this.bagian = bagian;
    this.field = field;
    this.isi = isi;
    this.pilihan = pilihan == null ? List.of()
        : java.util.Arrays.stream(pilihan.getEnumConstants()).map(Enum::name).toList();
    this.value = value;
  }

  String label(Locale locale) {
    return Message.of(label).render(locale, java.time.ZoneOffset.UTC);
  }

  /** The row a label names (either language, case and notes in brackets aside, or the field's path); null if none. */
  static RencanaIdentitas of(String label) {
    String l = normalize(label);
    for (RencanaIdentitas i : values()) {
      if (l.equalsIgnoreCase(i.bagian + "." + i.field) || Messages.SUPPORTED.stream()
          .anyMatch(locale -> normalize(i.label(locale)).equals(l))) {
        return i;
      }
    }
    return null;
  }

  private static String normalize(String s) {
    return s.split("[\\r\\n(]", 2)[0].replace("*", "").replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
  }
}
