package id.kinerja.realization.domain;

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
      errors.add(new FieldViolation(field.apply("indikatorKode"), "must-be-due",
          def.kode() + " is not due in TW " + triwulan + " (due in TW " + def.dueTriwulan().stream().sorted().toList()
              + "); the cell stays NOT_DUE"));
      return errors;
    }
    if (v.keadaan() == null || !v.keadaan().enterable()) {
      errors.add(new FieldViolation(field.apply("keadaan"), "must-be-reported-or-not-applicable",
          "enter REPORTED with a value (0 is a value) or NOT_APPLICABLE with a reason; NOT_REPORTED and NOT_DUE are"
              + " the absence of a value, never entered"));
      return errors;
    }
    if (satuan != null && !normal(satuan).equals(normal(def.satuan()))) {
      errors.add(new FieldViolation(field.apply("satuan"), "must-match-plan-satuan",
          def.kode() + " is measured in '" + def.satuan() + "', not '" + satuan + "'"));
    }
    if (v.keadaan() == Keadaan.NOT_APPLICABLE) {
      for (String f : filled(v)) {
        errors.add(new FieldViolation(field.apply(f), "must-be-empty-when-not-applicable",
            "a NOT_APPLICABLE cell carries no value"));
      }
      if (blank(v.alasan())) {
        errors.add(new FieldViolation(field.apply("alasan"), "required-when-not-applicable",
            "say why " + def.kode() + " does not apply in TW " + triwulan));
      }
      return errors;
    }
    if (def.teks()) {
      if (blank(v.teks())) {
        errors.add(new FieldViolation(field.apply("teks"), "required-for-text-indicator",
            def.kode() + " has a text target: enter its realisasi as teks"));
      }
      refuse(errors, field, "nilai", v.nilai(), "must-be-empty-for-text-indicator", "a text indicator has no numeric value");
      refuse(errors, field, "pembilang", v.pembilang(), "must-be-empty-for-text-indicator", "a text indicator has no components");
      refuse(errors, field, "penyebut", v.penyebut(), "must-be-empty-for-text-indicator", "a text indicator has no components");
      return errors;
    }
    refuse(errors, field, "teks", v.teks(), "must-be-empty-for-numeric-indicator", def.kode() + " takes a number, not text");
    refuse(errors, field, "capaianManual", v.capaianManual(), "only-for-text-indicator",
        "capaian of a numeric indicator is computed, never entered");
    if (def.berkomponen()) {
      refuse(errors, field, "nilai", v.nilai(), "must-use-komponen", def.kode() + " is entered as pembilang ("
          + def.komponenPembilang() + ") and penyebut (" + def.komponenPenyebut() + "); its value is computed from them");
      if (v.pembilang() == null) {
        errors.add(new FieldViolation(field.apply("pembilang"), "required-by-komponen", "enter " + def.komponenPembilang()));
      } else if (v.pembilang().signum() < 0) {
        errors.add(new FieldViolation(field.apply("pembilang"), "must-not-be-negative", "pembilang must be 0 or more"));
      }
      if (v.penyebut() == null) {
        errors.add(new FieldViolation(field.apply("penyebut"), "required-by-komponen", "enter " + def.komponenPenyebut()));
      } else if (v.penyebut().signum() <= 0) {
        errors.add(new FieldViolation(field.apply("penyebut"), "must-be-positive", "penyebut must be more than 0"));
      }
      return errors;
    }
    refuse(errors, field, "pembilang", v.pembilang(), "komponen-not-defined", def.kode() + " is not defined by components");
    refuse(errors, field, "penyebut", v.penyebut(), "komponen-not-defined", def.kode() + " is not defined by components");
    if (v.nilai() == null) {
      errors.add(new FieldViolation(field.apply("nilai"), "required-when-reported",
          "a REPORTED cell needs its value (0 is a value); leave the cell empty if nothing is reported"));
      return errors;
    }
    if (v.nilai().signum() < 0 && !def.bolehNegatif()) {
      errors.add(new FieldViolation(field.apply("nilai"), "must-not-be-negative",
          "nilai of " + def.kode() + " (" + def.satuan() + ") must be 0 or more"));
    }
    if (decimals(v.nilai()) > def.presisi()) {
      errors.add(new FieldViolation(field.apply("nilai"), "max-precision",
          def.kode() + " has at most " + def.presisi() + " decimal" + (def.presisi() == 1 ? "" : "s")));
    }
    return errors;
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
      String rule, String message) {
    if (value != null) {
      errors.add(new FieldViolation(field.apply(name), rule, message));
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String normal(String satuan) {
    return satuan.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
