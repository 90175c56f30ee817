package id.kinerja.realization.domain;

import static id.kinerja.realization.domain.RealizationMessages.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import id.kinerja.common.problem.FieldViolation;

/**
 * Checks an entered realisasi against the indicator's definition in the plan copy: due in this triwulan, the form
 * the indicator is defined by (value, components or text), sign, precision and unit. Pure; every broken rule is
 * reported, each naming its field.
 */
public final class IndikatorRules {

  private IndikatorRules() {
  }

  /**
   * @param satuan unit the client believes it entered, or null
   * @param field  maps a field name of the input to its JSON path in the request (e.g. "indikator[2].nilai")
   */
  public static List<FieldViolation> validate(IndikatorDef def, int triwulan, NilaiIndikator v, String satuan,
      UnaryOperator<String> field) {
    List<FieldViolation> errors = new ArrayList<>();
    if (!def.due(triwulan)) {
      errors.add(FieldViolation.of(field.apply("indikatorKode"), MUST_BE_DUE, "kode", def.kode(), "triwulan", triwulan,
          "triwulanWajib", def.dueTriwulan().stream().sorted().toList()));
      return errors;
    }
    if (v.keadaan() == null || !v.keadaan().enterable()) {
      errors.add(FieldViolation.of(field.apply("keadaan"), MUST_BE_REPORTED_OR_NOT_APPLICABLE));
      return errors;
    }
    if (satuan != null && !normal(satuan).equals(normal(def.satuan()))) {
      errors.add(FieldViolation.of(field.apply("satuan"), MUST_MATCH_PLAN_SATUAN, "kode", def.kode(), "satuanRencana",
          def.satuan(), "satuan", satuan));
    }
    if (v.keadaan() == Keadaan.NOT_APPLICABLE) {
      notApplicable(errors, def, triwulan, v, field);
    } else if (def.teks()) {
      text(errors, def, v, field);
    } else {
      refuse(errors, field, "teks", v.teks(), MUST_BE_EMPTY_FOR_NUMERIC_INDICATOR, "kode", def.kode());
      refuse(errors, field, "capaianManual", v.capaianManual(), ONLY_FOR_TEXT_INDICATOR);
      if (def.berkomponen()) {
        components(errors, def, v, field);
      } else {
        number(errors, def, v, field);
      }
    }
    return errors;
  }

  /** NOT_APPLICABLE: no value of any form, and a reason. */
  private static void notApplicable(List<FieldViolation> errors, IndikatorDef def, int triwulan, NilaiIndikator v,
      UnaryOperator<String> field) {
    for (String f : filled(v)) {
      errors.add(FieldViolation.of(field.apply(f), MUST_BE_EMPTY_WHEN_NOT_APPLICABLE));
    }
    if (blank(v.alasan())) {
      errors.add(FieldViolation.of(field.apply("alasan"), REQUIRED_WHEN_NOT_APPLICABLE, "kode", def.kode(),
          "triwulan", triwulan));
    }
  }

  /** A TEXT-target indicator: a text, no number. */
  private static void text(List<FieldViolation> errors, IndikatorDef def, NilaiIndikator v,
      UnaryOperator<String> field) {
    if (blank(v.teks())) {
      errors.add(FieldViolation.of(field.apply("teks"), REQUIRED_FOR_TEXT_INDICATOR, "kode", def.kode()));
    }
    refuse(errors, field, "nilai", v.nilai(), MUST_BE_EMPTY_FOR_TEXT_INDICATOR_NILAI);
    refuse(errors, field, "pembilang", v.pembilang(), MUST_BE_EMPTY_FOR_TEXT_INDICATOR_KOMPONEN);
    refuse(errors, field, "penyebut", v.penyebut(), MUST_BE_EMPTY_FOR_TEXT_INDICATOR_KOMPONEN);
  }

  /** An indicator defined by components: pembilang (not negative) and penyebut (positive), no nilai. */
  private static void components(List<FieldViolation> errors, IndikatorDef def, NilaiIndikator v,
      UnaryOperator<String> field) {
    refuse(errors, field, "nilai", v.nilai(), MUST_USE_KOMPONEN, "kode", def.kode(), "pembilang",
        def.komponenPembilang(), "penyebut", def.komponenPenyebut());
    if (v.pembilang() == null) {
      errors.add(FieldViolation.of(field.apply("pembilang"), REQUIRED_BY_KOMPONEN, "komponen",
          def.komponenPembilang()));
    } else if (v.pembilang().signum() < 0) {
      errors.add(FieldViolation.of(field.apply("pembilang"), MUST_NOT_BE_NEGATIVE_PEMBILANG));
    }
    if (v.penyebut() == null) {
      errors.add(FieldViolation.of(field.apply("penyebut"), REQUIRED_BY_KOMPONEN, "komponen",
          def.komponenPenyebut()));
    } else if (v.penyebut().signum() <= 0) {
      errors.add(FieldViolation.of(field.apply("penyebut"), MUST_BE_POSITIVE));
    }
  }

  /** A numeric indicator: nilai, negative only where the plan uses negative numbers, within the precision. */
  private static void number(List<FieldViolation> errors, IndikatorDef def, NilaiIndikator v,
      UnaryOperator<String> field) {
    refuse(errors, field, "pembilang", v.pembilang(), KOMPONEN_NOT_DEFINED, "kode", def.kode());
    refuse(errors, field, "penyebut", v.penyebut(), KOMPONEN_NOT_DEFINED, "kode", def.kode());
    if (v.nilai() == null) {
      errors.add(FieldViolation.of(field.apply("nilai"), REQUIRED_WHEN_REPORTED));
      return;
    }
    if (v.nilai().signum() < 0 && !def.bolehNegatif()) {
      errors.add(FieldViolation.of(field.apply("nilai"), MUST_NOT_BE_NEGATIVE_NILAI, "kode", def.kode(), "satuan",
          def.satuan()));
    }
    if (decimals(v.nilai()) > def.presisi()) {
      errors.add(FieldViolation.of(field.apply("nilai"), MAX_PRECISION, "kode", def.kode(), "presisi", def.presisi()));
    }
  }

  /** Decimals that carry information: 37.840 has 2. */
  static int decimals(BigDecimal v) {
    return Math.max(0, v.stripTrailingZeros().scale());
  }

  private static List<String> filled(NilaiIndikator v) {
    List<String> f = new ArrayList<>();
    if (v.nilai() != null) {
      f.add("nilai");
    }
    if (v.pembilang() != null) {
      f.add("pembilang");
    }
    if (v.penyebut() != null) {
      f.add("penyebut");
    }
    if (v.teks() != null) {
      f.add("teks");
    }
    if (v.capaianManual() != null) {
      f.add("capaianManual");
    }
    return f;
  }

  private static void refuse(List<FieldViolation> errors, UnaryOperator<String> field, String name, Object value,
      RealizationMessages key, Object... args) {
    if (value != null) {
      errors.add(FieldViolation.of(field.apply(name), key, args));
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String normal(String satuan) {
    return satuan.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
