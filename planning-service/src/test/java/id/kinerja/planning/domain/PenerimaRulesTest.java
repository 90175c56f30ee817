package id.kinerja.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.kinerja.planning.domain.rules.PenerimaRules;
import id.kinerja.planning.domain.rules.PenerimaRules.Entri;
import id.kinerja.planning.domain.rules.PenerimaRules.PejabatTercatat;
import id.kinerja.planning.domain.rules.Violations;

class PenerimaRulesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      "camat.mlarak@ponorogo.go.id          | camat.mlarak@ponorogo.go.id",
      "Camat.Mlarak@Ponorogo.GO.ID          | Camat.Mlarak@ponorogo.go.id",
      "a+tag@sub.example.org                | a+tag@sub.example.org",
      "o'brien@x.id                         | o'brien@x.id",
      "operator.mlarak                      | null",
      "@ponorogo.go.id                      | null",
      "a@b                                  | null",
      "a@-b.id                              | null",
      "a..b@x.id                            | null",
      ".a@x.id                              | null",
      "'a b@x.id'                           | null",
      "'a@x.id\r\nBcc: c@y.id'              | null",
      "\"a\"@x.id                           | null",
      "a@x.id.                              | null",
  })
  void anAddressIsAMailboxSmtpTakesAndNothingThatCouldAddAHeader(String nilai, String stored) {
    Violations v = new Violations();
    String s = PenerimaRules.surel(nilai.replace("\\r\\n", "\r\n"), "surel", v);
    assertThat(s).isEqualTo(stored);
    assertThat(v.isEmpty()).isEqualTo(stored != null);
    if (stored == null) {
      assertThat(v.list().get(0).rule()).isEqualTo("must-be-email");
      assertThat(v.list().get(0).field()).isEqualTo("surel");
    }
  }

  @Test
  void lengthLimitsOfTheLocalPartAndTheWhole() {
    assertThat(PenerimaRules.surel("a".repeat(64) + "@x.id", "surel", new Violations())).isNotNull();
    assertThat(PenerimaRules.surel("a".repeat(65) + "@x.id", "surel", new Violations())).isNull();
    String label = "b".repeat(63);
    String longest = "a@" + label + "." + label + "." + label + "." + "c".repeat(57) + ".id";
    assertThat(longest).hasSize(254);
    assertThat(PenerimaRules.surel(longest, "surel", new Violations())).isNotNull();
    assertThat(PenerimaRules.surel("a" + longest, "surel", new Violations())).isNull();
    assertThat(PenerimaRules.surel("a@" + "b".repeat(64) + ".id", "surel", new Violations())).isNull();
  }

  @ParameterizedTest(name = "{0} in {1} -> {2}")
  @CsvSource(nullValues = "null", value = {
      "operator, 35.02.08, null",
      "verifier, 35.02.08, null",
      "operator, null, required",
      "verifier, null, required",
      "planner, null, null",
      "bagian-organisasi, null, null",
      "pimpinan, null, null",
      "pimpinan, 35.02.08, must-be-null",
      "planner, 35.02.08, must-be-null",
  })
  void kecamatanRolesWorkInOneKecamatanTheOthersInTheWholeKabupaten(String peran, String kecamatan, String rule) {
    Violations v = new Violations();
    PenerimaRules.peran(peran, kecamatan, v);
    assertThat(v.list().stream().map(f -> f.rule()).findFirst().orElse(null)).isEqualTo(rule);
    if (rule != null) {
      assertThat(v.list().get(0).field()).isEqualTo("kecamatanKode");
    }
  }

  @ParameterizedTest
  @CsvSource({ "CAMAT, verifier", "SEKCAM, verifier", "KASUBAG, operator", "KASI, operator", "STAF, operator",
      "BUPATI, pimpinan" })
  void anOfficialActsInTheRoleOfThePosition(Peran peran, String role) {
    assertThat(PenerimaRules.peranPejabat(peran)).isEqualTo(role);
  }

  @Test
  void anOfficialsAddressReachesEveryKecamatanTheNipIsRecordedInAndTheBupatiOnce() {
    List<PejabatTercatat> pejabat = List.of(
        new PejabatTercatat("197906081998021001", "Joko", Peran.CAMAT, "35.02.08"),
        new PejabatTercatat("197906081998021001", "Joko", Peran.CAMAT, "35.02.09"), // Plt. Camat of a second kecamatan
        new PejabatTercatat("196501011990031001", "Bupati", Peran.BUPATI, "35.02.08"),
        new PejabatTercatat("196501011990031001", "Bupati", Peran.BUPATI, "35.02.09"),
        new PejabatTercatat("197601091995102001", "Joana", Peran.SEKCAM, "35.02.08"));
    assertThat(PenerimaRules.pejabat("197906081998021001", "j@x.id", false, pejabat)).containsExactly(
        new Entri("pejabat:197906081998021001", "Joko", "j@x.id", "verifier", "35.02.08", false),
        new Entri("pejabat:197906081998021001", "Joko", "j@x.id", "verifier", "35.02.09", false));
    assertThat(PenerimaRules.pejabat("196501011990031001", "b@x.id", true, pejabat)).containsExactly(
        new Entri("pejabat:196501011990031001", "Bupati", "b@x.id", "pimpinan", null, true));
    // No longer recorded (a new Camat took office): the address is kept but reaches nobody.
    assertThat(PenerimaRules.pejabat("199001012020121001", "x@x.id", false, pejabat)).isEmpty();
  }

  @Test
  void theAnnouncedListHasOneOrderWhateverTheOrderOfTheRows() {
    Entri a = new Entri("pejabat:1", "A", "a@x.id", "verifier", "35.02.09", false);
    Entri b = new Entri("pejabat:1", "A", "a@x.id", "verifier", "35.02.08", false);
    Entri c = new Entri("pengguna:bagor", "C", "c@x.id", "bagian-organisasi", null, false);
    assertThat(PenerimaRules.urut(List.of(c, a, b))).containsExactly(b, a, c);
    assertThat(PenerimaRules.urut(List.of(a, c, b))).isEqualTo(PenerimaRules.urut(List.of(c, b, a)));
  }
}
