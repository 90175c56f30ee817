package id.kinerja.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.kinerja.common.i18n.Messages;
import id.kinerja.common.json.CanonicalJson;
import id.kinerja.common.problem.FieldViolation;
import id.kinerja.common.time.ZonaWaktu;
import id.kinerja.planning.domain.rules.DokumenSchema;
import id.kinerja.planning.domain.rules.JadwalRules;
import id.kinerja.planning.domain.rules.JadwalRules.Batas;
import id.kinerja.planning.domain.rules.Violations;

/** Jadwal times: a local date of the kabupaten's zone (opening at its start, closing at its end) or a date-time. */
class JadwalRulesTest {

  @ParameterizedTest(name = "{0} in {1} as {2} → {3}")
  @CsvSource({
      // "until 10 Juli" closes when 11 Juli begins in the kabupaten: 17.00 UTC in WIB, 16.00 in WITA, 15.00 in WIT
      "2024-07-10, WIB, AKHIR, 2024-07-10T17:00:00Z",
      "2024-07-10, WITA, AKHIR, 2024-07-10T16:00:00Z",
      "2024-07-10, WIT, AKHIR, 2024-07-10T15:00:00Z",
      // "from 1 Juli" opens when 1 Juli begins there
      "2024-07-01, WIB, AWAL, 2024-06-30T17:00:00Z",
      "2024-07-01, WITA, AWAL, 2024-06-30T16:00:00Z",
      "2024-07-01, WIT, AWAL, 2024-06-30T15:00:00Z",
      // the last day of a year and of a leap February end at the next day's start
      "2024-12-31, WIB, AKHIR, 2024-12-31T17:00:00Z",
      "2024-02-29, WIT, AKHIR, 2024-02-29T15:00:00Z",
      // a date-time with offset is that instant, whatever the zone and the end
      "2024-07-11T00:00:00+08:00, WIB, AKHIR, 2024-07-10T16:00:00Z",
      "2024-07-10T17:00:00Z, WIT, AWAL, 2024-07-10T17:00:00Z",
      "2024-07-10T23:59:30.5+09:00, WITA, AKHIR, 2024-07-10T14:59:30.5Z",
      "2024-07-10T23:59+07:00, WIB, AKHIR, 2024-07-10T16:59:00Z" })
  void aDateIsADayOfTheKabupatensZoneAndADateTimeIsItsInstant(String text, ZonaWaktu zona, Batas batas, String instant) {
    Violations v = new Violations();
    assertThat(JadwalRules.waktu(text, zona.zone(), batas, "inputDitutup", v)).isEqualTo(Instant.parse(instant));
    assertThat(v.isEmpty()).isTrue();
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @ValueSource(strings = { "2024-02-30", "2023-02-29", "10-07-2024", "2024-7-10", "2024-07-10T12:00", "2024-07-10 00:00+07:00",
      "2024-07-10T24:00:00+07:00", "10 Juli 2024", "", "2024-07-10Z" })
  void neitherADateNorADateTimeWithOffsetIsRefusedNamingTheField(String text) {
    Violations v = new Violations();
    assertThat(JadwalRules.waktu(text, ZonaWaktu.WITA.zone(), Batas.AKHIR, "jadwal[1].inputDitutup", v)).isNull();
    List<FieldViolation> list = v.list();
    assertThat(list).hasSize(1);
    assertThat(list.get(0).field()).isEqualTo("jadwal[1].inputDitutup");
    assertThat(list.get(0).rule()).isEqualTo("must-be-date-or-date-time");
    assertThat(list.get(0).message().render(Messages.INDONESIAN, ZonaWaktu.WITA.zone()))
        .isEqualTo("nilai harus berupa tanggal menurut zona waktu kabupaten, misalnya 2024-07-10, atau tanggal-waktu ISO-8601"
            + " dengan zona waktu, misalnya 2024-07-11T00:00:00+07:00");
    assertThat(list.get(0).message().render(Messages.ENGLISH, ZonaWaktu.WITA.zone())).startsWith("the value must be a date");
  }

  @Test
  void absentIsNoTimeAndNoViolation() {
    Violations v = new Violations();
    assertThat(JadwalRules.waktu(null, ZonaWaktu.WIB.zone(), Batas.AKHIR, "verifikasiDitutup", v)).isNull();
    assertThat(v.isEmpty()).isTrue();
  }

  @ParameterizedTest(name = "closing {0} in {1}: last day {2}")
  @CsvSource({
      "2024-07-11T00:00:00+07:00, WIB, 2024-07-10",
      "2024-07-11T00:00:00+08:00, WITA, 2024-07-10",
      "2024-07-11T00:00:00+09:00, WIT, 2024-07-10",
      "2024-07-10T17:30:00+07:00, WIB, 2024-07-10",
      "2024-07-11T00:00:01+07:00, WIB, 2024-07-11",
      // the same instant is the end of 10 Juli in WIB but 01.00 on 11 Juli in WITA
      "2024-07-10T17:00:00Z, WIB, 2024-07-10",
      "2024-07-10T17:00:00Z, WITA, 2024-07-11" })
  void theLastLocalDayIsTheDayThatEndsAtTheClosing(String ditutup, ZonaWaktu zona, String day) {
    assertThat(JadwalRules.hariTerakhir(java.time.OffsetDateTime.parse(ditutup).toInstant(), zona.zone()))
        .isEqualTo(LocalDate.parse(day));
    assertThat(JadwalRules.hariTerakhir(null, zona.zone())).isNull();
  }

  @Test
  void aClosingAtTheEndOfTheDayIsWrittenAs24Local() {
    Violations v = new Violations();
    Instant ditutup = JadwalRules.waktu("2024-07-10", ZonaWaktu.WITA.zone(), Batas.AKHIR, "inputDitutup", v);
    Instant dibuka = JadwalRules.waktu("2024-07-11", ZonaWaktu.WITA.zone(), Batas.AWAL, "inputDibuka", v);
    JadwalRules.check(dibuka, ditutup, null, "", v);
    assertThat(v.list()).extracting(FieldViolation::field, FieldViolation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("inputDitutup", "opens-before-closes"));
    assertThat(v.list().get(0).message().render(Messages.INDONESIAN, ZonaWaktu.WITA.zone()))
        .isEqualTo("pengisian ditutup (10 Juli 2024 pukul 24.00 WITA) pada saat atau sebelum dibuka (10 Juli 2024 pukul 24.00 WITA)");
  }

  @Test
  void thePlanDocumentTakesDatesAndDateTimesAndNamesTheRuleOtherwise() {
    ObjectNode doc = (ObjectNode) json("""
        {"formatVersi": 1, "kabupaten": {"kode": "73.71", "nama": "Makassar", "negativeFormulaDefault": "TWO_T_MINUS_R",
          "overallMode": "IKU", "zonaWaktu": "WITA"},
         "kecamatan": {"kode": "73.71.01", "nama": "Mariso", "desa": [], "pejabat": []},
         "renstra": {"kode": "R", "periodeAwal": 2024, "periodeAkhir": 2024, "tujuan": [], "sasaran": []},
         "perjanjianKinerja": [],
         "jadwal": [{"tahun": 2024, "triwulan": 1, "inputDibuka": "2024-04-01", "inputDitutup": "2024-04-10",
                     "verifikasiDitutup": null},
                    {"tahun": 2024, "triwulan": 2, "inputDibuka": "2024-07-01T00:00:00+08:00",
                     "inputDitutup": "2024-07-11T00:00:00+08:00", "verifikasiDitutup": "2024-07-20"}]}""");
    assertThat(DokumenSchema.validate(DokumenSchema.Part.DOKUMEN, doc)).isEmpty();
    ((ObjectNode) doc.get("jadwal").get(1)).put("inputDitutup", "11 Juli 2024");
    ((ObjectNode) doc.get("kabupaten")).put("zonaWaktu", "UTC");
    List<FieldViolation> errors = DokumenSchema.validate(DokumenSchema.Part.DOKUMEN, doc);
    assertThat(errors).extracting(e -> e.field() + " " + e.rule())
        .containsExactlyInAnyOrder("jadwal[1].inputDitutup must-be-date-or-date-time", "kabupaten.zonaWaktu must-be-one-of");
  }

  private static JsonNode json(String s) {
    try {
      return CanonicalJson.MAPPER.readTree(s);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
