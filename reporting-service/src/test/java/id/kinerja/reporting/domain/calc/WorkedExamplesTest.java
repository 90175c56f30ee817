package id.kinerja.reporting.domain.calc;

import id.kinerja.common.i18n.NumberStyle;
import id.kinerja.common.i18n.AngkaTertulis;
import static id.kinerja.reporting.domain.calc.Fixtures.bd;
import static id.kinerja.reporting.domain.calc.Fixtures.cells;
import static id.kinerja.reporting.domain.calc.Fixtures.shown;
import static id.kinerja.reporting.domain.calc.Fixtures.shownRaw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.kinerja.domain.predikat.Skala;

/**
 * The worked examples E1–E13 of docs/domain.md (§3), with their correct values; where the printed report was wrong
 * the test asserts the correct value and that the audit flags the printed one. Amounts are parsed from the printed
 * notation of their source ([P] id-ID, [T] en-US).
 */
class WorkedExamplesTest {

  private static final Skala SCALE = Fixtures.kinerjaPonorogo();
  private static final CalcSettings SETTINGS = CalcSettings.DEFAULT;

  private static BigDecimal p(String printed) {
    return AngkaTertulis.parse(printed);
  }

  private static long rp(String printed) {
    return AngkaTertulis.parse(printed).longValueExact();
  }

  private static CapaianResult capaian(String t, String r) {
    return Capaian.of(Fixtures.higher("I"), SETTINGS, Target.of(t), Cell.value(r));
  }

  // ---------------------------------------------------------------- E1

  @ParameterizedTest(name = "E1 SKM T 80, R {0} ({2}): printed {1} → {3}")
  @CsvSource(delimiter = '|', value = {
      "99|119|Ikhtisar, Tabel 3.2, 3.3|123.75",
      "98|99|narrative \"terealisasi 98 %\"|122.50",
      "86,90|110|lampiran|108.63",
      "80,48|102|Tabel 3.16|100.60",
  })
  void E1_skmHigherIsBetter_printedCapaianFlagged(String r, String printed, String where, String expected) {
    CapaianResult c = capaian("80", p(r).toPlainString());
    assertThat(shown(c)).isEqualTo(expected);
    AuditFlag flag = Audit.capaian("SKM 2024, " + where, p(printed), c).orElseThrow();
    assertThat(flag.kind()).isEqualTo(AuditKind.CAPAIAN);
    assertThat(Angka.round(flag.computed())).isEqualByComparingTo(expected);
    assertThat(flag.printed()).isEqualTo(printed);
  }

  @Test
  void E1_skm123_75_isSkor4SangatBerhasil_andFiveRealisasiValuesAreFlagged() {
    CapaianResult c = capaian("80", "99");
    assertThat(Angka.format(c)).isEqualTo("123,75");
    assertThat(Predikat.of(SCALE, c).skor()).isEqualTo(4);
    assertThat(Predikat.of(SCALE, c).label()).isEqualTo("Sangat Berhasil");
    AuditFlag dup = Audit.duplicates("SKM realisasi 2024", List.of(p("99"), p("98"), p("100"), p("86,90"), p("80,48")))
        .orElseThrow();
    assertThat(dup.kind()).isEqualTo(AuditKind.DUPLICATE_VALUE);
    assertThat(dup.printed()).isEqualTo("99; 98; 100; 86,90; 80,48");
    assertThat(Audit.unit("SKM", "%", "indeks").orElseThrow().kind()).isEqualTo(AuditKind.UNIT_VS_SATUAN);
  }

  // ---------------------------------------------------------------- E2

  /** [P] Tabel 3.13: 2022, 2023 (printed as Tabel 3.11 "2024"), 2024 scores per desa. */
  private static final String[][] IDM = {
      {"Tugu", "0,6400", "0,6514", "0,7243"}, {"Candi", "0,6610", "0,6882", "0,7052"},
      {"Totokan", "0,6100", "0,6249", "0,7090"}, {"Ngrukem", "0,5900", "0,6001", "0,7206"},
      {"Siwalan", "0,7100", "0,7355", "0,8857"}, {"Joresan", "0,6400", "0,6647", "0,7600"},
      {"Nglumpang", "0,7100", "0,7147", "0,7524"}, {"Gontor", "0,6435", "0,6436", "0,8184"},
      {"Gandu", "0,6600", "0,6644", "0,7468"}, {"Jabung", "0,6300", "0,6385", "0,8314"},
      {"Bajang", "0,6400", "0,6471", "0,8263"}, {"Mlarak", "0,7100", "0,7185", "0,7260"},
      {"Serangan", "0,6200", "0,6271", "0,7351"}, {"Suren", "0,6300", "0,6323", "0,6879"},
      {"Kaponan", "0,6000", "0,6252", "0,7343"}};
  /** Printed statuses: Tabel 3.10 (2022) and Tabel 3.12 (2024). */
  private static final String[] STATUS_2022 = {"Berkembang", "Berkembang", "Berkembang", "Berkembang", "Maju", "Berkembang",
      "Maju", "Berkembang", "Berkembang", "Berkembang", "Berkembang", "Maju", "Berkembang", "Berkembang", "Berkembang"};
  private static final String[] STATUS_2024 = {"Maju", "Berkembang", "Maju", "Maju", "mandiri", "Maju", "Maju", "mandiri",
      "Maju", "mandiri", "mandiri", "Maju", "Maju", "berkembang", "Maju"};

  private static List<DesaSkor> desa(int from, int to) {
    List<DesaSkor> out = new ArrayList<>();
    for (String[] d : IDM) {
      out.add(new DesaSkor(d[0], p(d[from]), p(d[to])));
    }
    return out;
  }

  @Test
  void E2_idmShare100_capaian111_11_printed110And116Flagged() {
    Idm share = Idm.share(2022, 2024, desa(1, 3));
    assertThat(share.naik()).isEqualTo(15);
    assertThat(share.jumlahDesa()).isEqualTo(15);
    assertThat(share.display()).isEqualByComparingTo("100.00");
    assertThat(Idm.share(2023, 2024, desa(2, 3)).display()).isEqualByComparingTo("100.00");

    IndikatorRule rule = IndikatorRule.builder("IDM").aggregation(Aggregation.LAST).satuan("%").build();
    CapaianResult c = Capaian.of(rule, SETTINGS, Target.of("90"), Cell.value(share.persen()));
    assertThat(shown(c)).isEqualTo("111.11");
    assertThat(Audit.capaian("IDM, Tabel 3.2", p("110"), c)).isPresent();
    assertThat(Audit.capaian("IDM, Tabel 3.7/3.9/3.17/lampiran", p("116"), c)).isPresent();
    assertThat(Audit.capaian("IDM, Ikhtisar (with target 100)", p("100"), c).orElseThrow().computed())
        .isEqualByComparingTo(c.score());
    assertThat(Audit.duplicates("IDM target 2024", List.of(p("90"), p("80"), p("100")))).isPresent();
    assertThat(Audit.unit("IDM target \"15 Desa\"", "Desa", rule.satuan())).isPresent();
  }

  @Test
  void E2_desaStatuses2024CountAndThe2022NgrukemStatusIsFlagged() {
    Skala idm = Fixtures.idmStatus();
    List<BigDecimal> y2024 = new ArrayList<>();
    List<AuditFlag> flags = new ArrayList<>();
    for (int i = 0; i < IDM.length; i++) {
      y2024.add(p(IDM[i][3]));
      Audit.label(IDM[i][0] + " 2022", STATUS_2022[i], idm, p(IDM[i][1]), Idm.DECIMALS).ifPresent(flags::add);
      Audit.label(IDM[i][0] + " 2024", STATUS_2024[i], idm, p(IDM[i][3]), Idm.DECIMALS).ifPresent(flags::add);
    }
    Map<String, Integer> counts = Idm.statusCounts(idm, y2024);
    assertThat(counts).containsEntry("Mandiri", 4).containsEntry("Maju", 9).containsEntry("Berkembang", 2)
        .containsEntry("Tertinggal", 0);
    assertThat(flags).extracting(AuditFlag::kind, AuditFlag::subjek)
        .containsExactly(tuple(AuditKind.LABEL_VS_SCALE, "Ngrukem 2022"));
    assertThat(Fixtures.id(flags.get(0).explanation())).contains("Tertinggal");
    // the lowest scores are Ngrukem's (0,5900 in 2022, 0,6001 in 2023), not Totokan's "6249"
    assertThat(desa(1, 2).stream().min((a, b) -> a.skorAwal().compareTo(b.skorAwal())).orElseThrow().desa()).isEqualTo("Ngrukem");
    assertThat(desa(2, 3).stream().min((a, b) -> a.skorAwal().compareTo(b.skorAwal())).orElseThrow().skorAwal())
        .isEqualByComparingTo("0.6001");
  }

  // ---------------------------------------------------------------- E3

  @ParameterizedTest(name = "E3 tingkat kemajuan {0}: R {1} vs target akhir 90, printed {2} → {3}, flagged {4}")
  @CsvSource({
      "SKM Tabel 3.2-3.4, 99, 110, 110.00, false",
      "SKM narrative, 99, 113, 110.00, true",
      "SKM Tabel 3.5 (realisasi 100), 100, 110, 111.11, true",
      "IDM Tabel 3.9, 100, 116, 111.11, true",
  })
  void E3_tingkatKemajuan(String where, String r, String printed, String expected, boolean flagged) {
    IndikatorRule rule = IndikatorRule.builder("I").aggregation(Aggregation.LAST).build();
    IndikatorEvaluation e = IndikatorEvaluator.evaluate(new IndikatorInput(rule,
        new IndikatorTargets(Target.of("80"), null, Target.of("90")), cells("nd", "nd", "nd", r)), 4, SETTINGS, SCALE);
    assertThat(shown(e.tingkatKemajuan())).isEqualTo(expected);
    assertThat(Audit.tingkatKemajuan(where, p(printed), e.tingkatKemajuan()).isPresent()).isEqualTo(flagged);
  }

  // ---------------------------------------------------------------- E4

  @ParameterizedTest(name = "E4 sasaran {0}: serapan {1}/{2} → {3}; capaian {4} → efisiensi {5} (printed {6})")
  @CsvSource(delimiter = '|', value = {
      "1 (SKM)|49.973.200|68.036.200|73.45|99|80|50.30|28,55",
      "2 (IDM)|139.803.200|140.378.945|99.59|100|90|11.52|16,41",
  })
  void E4_efisiensiFromRawValues(String sasaran, String realisasi, String pagu, String serapanExpected, String r, String t,
      String expected, String printed) {
    Serapan s = Serapan.of(rp(pagu), rp(realisasi));
    assertThat(shown(s)).isEqualTo(serapanExpected);
    Efisiensi e = Efisiensi.of(capaian(t, r), s, EfisiensiFormula.CAPAIAN_MINUS_SERAPAN);
    assertThat(e.display()).isEqualByComparingTo(expected);
    assertThat(Fixtures.id(e.label())).contains("capaian").contains("serapan");
    assertThat(Audit.efisiensi("sasaran " + sasaran, p(printed), e).orElseThrow().kind()).isEqualTo(AuditKind.EFISIENSI);
  }

  @Test
  void E4_meanCapaian117_43_andThePrintedInputsFlagged() {
    List<CapaianResult> both = List.of(capaian("80", "99"), capaian("90", "100"));
    Mean mean = RollUp.mean(both, CapaianBasis.RAW);
    assertThat(mean.display()).isEqualByComparingTo("117.43");
    assertThat(Audit.mean("Ikhtisar overall", p("119"), mean)).isPresent();
    assertThat(Audit.capaian("Tabel 3.17 sasaran 1", p("102"), both.get(0))).isPresent();
    assertThat(Audit.capaian("Tabel 3.17 sasaran 2", p("116"), both.get(1))).isPresent();
    // with Tabel 3.16's own realisasi 80,48 the subtraction gives 27,15
    Efisiensi own = Efisiensi.of(capaian("80", "80.48"), Serapan.of(rp("68.036.200"), rp("49.973.200")),
        EfisiensiFormula.CAPAIAN_MINUS_SERAPAN);
    assertThat(own.display()).isEqualByComparingTo("27.15");
  }

  // ---------------------------------------------------------------- E5

  @Test
  void E5_realisasiBelanja_99_23_and_99_26_onTheSumOfRows_shortTotalFlagged() {
    List<PrintedAnggaranRow> tidakLangsung = List.of(
        new PrintedAnggaranRow("1", null, "Belanja Pegawai", p("1.726.675.200"), p("1.713.435.982"), p("98,15")),
        new PrintedAnggaranRow("2", null, "Belanja Barang dan Jasa", p("140.378.945"), p("139.803.200"), p("99,59")));
    PrintedAnggaranRow jumlah = new PrintedAnggaranRow("J", null, "Jumlah tidak langsung", p("1.886.154.145"),
        p("1.853.239.182"), p("98,25"));
    List<AuditFlag> flags = Audit.budgetTable(tidakLangsung, jumlah);
    assertThat(flags).extracting(AuditFlag::kind, AuditFlag::subjek).containsExactly(
        tuple(AuditKind.SERAPAN, "Belanja Pegawai"),
        tuple(AuditKind.TOTAL, "Jumlah tidak langsung (pagu)"),
        tuple(AuditKind.SERAPAN, "Jumlah tidak langsung (%)"));
    assertThat(Angka.round(flags.get(0).computed())).isEqualByComparingTo("99.23");
    assertThat(flags.get(1).computed()).isEqualByComparingTo("1867054145");
    assertThat(Fixtures.id(flags.get(1).explanation())).contains("kurang 19.100.000 dari total tercetak");
    assertThat(Fixtures.en(flags.get(1).explanation())).contains("short of the printed total by 19,100,000");
    assertThat(Angka.round(flags.get(2).computed())).isEqualByComparingTo("99.26");
    assertThat(Fixtures.id(flags.get(2).explanation())).contains("mengikuti total tercetak (yang salah)");

    List<PrintedAnggaranRow> langsung = List.of(
        new PrintedAnggaranRow("1", null, "Belanja Pegawai", p("68.036.200"), p("49.973.200"), p("73,45")),
        new PrintedAnggaranRow("2", null, "Belanja Barang dan Jasa", p("96.497.874"), p("96.352.777"), p("99,85")));
    assertThat(Audit.budgetTable(langsung, new PrintedAnggaranRow("J", null, "Jumlah langsung", p("164.534.074"),
        p("146.325.977"), p("88,93")))).isEmpty();
    Serapan l = Serapan.of(rp("164.534.074"), rp("146.325.977"));
    assertThat(l.sisa()).isEqualTo(18_208_097L);
    assertThat(Angka.round(l.sisaPersen())).isEqualByComparingTo("11.07");
    assertThat(Audit.total("PK program list", p("Rp. 2.116.474.500"), List.of(p("Rp. 1.990.713.900"), p("Rp. 78.287.800"),
        p("Rp. 0"), p("Rp. 11.000.000"), p("Rp. 36.452.800"))).orElseThrow().computed()).isEqualByComparingTo("2116454500");
  }

  // ---------------------------------------------------------------- E6

  private static PrintedAnggaranRow row(String kode, String parent, String uraian, String pagu, String realisasi, String pct) {
    return new PrintedAnggaranRow(kode, parent, uraian, AngkaTertulis.parse(pagu, NumberStyle.EN),
        AngkaTertulis.parse(realisasi, NumberStyle.EN), p(pct));
  }

  @Test
  void E6_parentAndChildrenBothSummed_97_10_and_92_69() {
    List<PrintedAnggaranRow> rows = List.of(
        row("1", null, "1. Pelayanan Administrasi Perkantoran", "83,365,330", "82,232,500", "99"),
        row("a", "1", "a. surat menyurat", "3,000,000", "3,000,000", "100"),
        row("b", "1", "b. komunikasi, air dan listrik", "12,998,520", "12,048,000", "93"),
        row("c", "1", "c. perbaikan peralatan", "2,000,000", "2,000,000", "100"),
        row("d", "1", "d. administrasi keuangan", "25,200,000", "21,420,000", "85"),
        row("e", "1", "e. kebersihan kantor", "28,294,000", "28,231,000", "100"),
        row("f", "1", "f. instalasi listrik", "0", "0", "0"),
        row("g", "1", "g. bahan bacaan", "0", "0", "0"),
        row("h", "1", "h. makanan dan minuman", "74,341,330", "74,122,500", "100"),
        row("i", "1", "i. rapat koordinasi", "5,024,000", "4,110,000", "82"),
        row("2", null, "2. Sarana dan Prasarana Aparatur", "0", "0", "0"),
        row("j", "2", "j. pemeliharaan kendaraan", "42,883,050", "41,578,759", "97"),
        row("3", null, "3. Disiplin aparatur", "0", "0", "0"),
        row("k", "3", "k. pakaian dinas", "0", "0", "0"),
        row("4", null, "4. Pelaporan capaian kinerja", "0", "0", "0"),
        row("l", "4", "l. laporan capaian kinerja", "0", "0", "0"),
        row("m", "4", "m. laporan keuangan", "0", "0", "0"),
        row("n", "4", "n. Renstra dan Renja", "0", "0", "0"),
        row("5", null, "5. Urusan Pemerintahan Umum", "11,000,000", "11,000,000", "100"),
        row("o", "5", "o. perencanaan pelayanan", "0", "0", "0"));
    PrintedAnggaranRow jumlah = row("J", null, "JUMLAH", "288,106,230", "279,742,759", "95,6");
    List<AuditFlag> flags = Audit.budgetTable(rows, jumlah);

    // the printed total is every row summed, the program row together with its kegiatan
    assertThat(rows.stream().map(PrintedAnggaranRow::pagu).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("288106230");
    List<AuditFlag> totals = flags.stream().filter(f -> f.kind() == AuditKind.TOTAL).collect(Collectors.toList());
    assertThat(totals).hasSize(2).allSatisfy(f -> assertThat(Fixtures.id(f.explanation())).contains("terhitung ganda"));
    // the program row is not the sum of its kegiatan
    assertThat(flags).filteredOn(f -> f.kind() == AuditKind.PARENT_CHILD_TOTAL).extracting(AuditFlag::subjek, AuditFlag::computed)
        .contains(tuple("1. Pelayanan Administrasi Perkantoran (pagu)", new BigDecimal("150857850")));
    // even on those totals the % is 97,10, printed 95,6
    AuditFlag pct = flags.stream().filter(f -> f.subjek().equals("JUMLAH (%)")).findFirst().orElseThrow();
    assertThat(Fixtures.id(pct.explanation())).contains("97,10");
    assertThat(Fixtures.en(pct.explanation())).contains("97.10");
    assertThat(Serapan.of(rp("288.106.230"), rp("279.742.759")).display()).isEqualByComparingTo("97.10");
    // row b: 92,69, printed 93 here (consistent at 0 decimals) and 87 in the Kasubag Umum table
    Serapan b = Serapan.of(rp("12.998.520"), rp("12.048.000"));
    assertThat(b.display()).isEqualByComparingTo("92.69");
    assertThat(flags).noneMatch(f -> f.subjek().startsWith("b."));
    assertThat(Audit.serapan("Kasubag Umum row b", p("87"), b)).isPresent();
    // pagu-0 rows printed as 0 % are flagged (not computable, "–")
    assertThat(flags).filteredOn(f -> f.kind() == AuditKind.ABSENT_PRINTED_AS_VALUE).extracting(AuditFlag::subjek)
        .containsExactlyInAnyOrder("f. instalasi listrik", "g. bahan bacaan", "2. Sarana dan Prasarana Aparatur",
            "3. Disiplin aparatur", "k. pakaian dinas", "4. Pelaporan capaian kinerja", "l. laporan capaian kinerja",
            "m. laporan keuangan", "n. Renstra dan Renja", "o. perencanaan pelayanan");
    // nothing else: every other row's % agrees with its own amounts at the printed precision
    assertThat(flags).filteredOn(f -> f.kind() == AuditKind.SERAPAN).extracting(AuditFlag::subjek)
        .containsExactly("JUMLAH (%)");
  }

  // ---------------------------------------------------------------- E7

  @Test
  void E7_lowerIsBetterZeroRealisasi_200Raw_notComputableUnderTOverR() {
    IndikatorRule twoT = IndikatorRule.builder("trantib").polarity(Polarity.LOWER_IS_BETTER)
        .negativeFormula(NegativeFormula.TWO_T_MINUS_R).build();
    CapaianResult c = Capaian.of(twoT, SETTINGS, Target.of("1"), Cell.value("0"));
    assertThat(shownRaw(c)).isEqualTo("200.00");
    assertThat(shown(c)).isEqualTo("200.00");
    CapaianResult capped = Capaian.of(twoT, SETTINGS.withCap(bd("100")), Target.of("1"), Cell.value("0"));
    assertThat(shownRaw(capped)).isEqualTo("200.00");
    assertThat(shown(capped)).isEqualTo("100.00");
    assertThat(Audit.capaian("table", p("0"), c).orElseThrow().kind()).isEqualTo(AuditKind.CAPAIAN);
    assertThat(Audit.capaian("narrative", p("100"), c)).isPresent();
    assertThat(Audit.capaian("narrative, kabupaten caps at 100", p("100"), capped)).isEmpty();
    assertThat(Audit.label("category", "Berhasil", SCALE, c.score(), 2)).isPresent();

    IndikatorRule tOverR = IndikatorRule.builder("trantib").polarity(Polarity.LOWER_IS_BETTER)
        .negativeFormula(NegativeFormula.T_OVER_R).build();
    CapaianResult nc = Capaian.of(tOverR, SETTINGS, Target.of("1"), Cell.value("0"));
    assertThat(nc.status()).isEqualTo(CapaianStatus.NOT_COMPUTABLE);
    assertThat(Angka.format(nc)).isEqualTo("–");
    assertThat(Audit.capaian("table", p("0"), nc).orElseThrow().kind()).isEqualTo(AuditKind.ABSENT_PRINTED_AS_VALUE);
  }

  // ---------------------------------------------------------------- E8

  @Test
  void E8_85IsBerhasil_andTheMeanOfFive100Is100() {
    Serapan s = Serapan.of(rp("25.200.000"), rp("21.420.000"));
    assertThat(s.display()).isEqualByComparingTo("85.00");
    assertThat(Predikat.classify(SCALE, s.persen()).label()).isEqualTo("Berhasil");
    assertThat(Audit.label("Kasubag Keuangan conclusion", "Sangat Berhasil", SCALE, s.persen(), 2).orElseThrow().kind())
        .isEqualTo(AuditKind.LABEL_VS_SCALE);
    List<CapaianResult> five = List.of(capaian("1", "1"), capaian("12", "12"), capaian("4", "4"), capaian("100", "100"),
        capaian("75", "75"));
    Mean mean = RollUp.mean(five, CapaianBasis.SCORE);
    assertThat(mean.display()).isEqualByComparingTo("100.00");
    assertThat(Predikat.classify(SCALE, mean.nilai()).label()).isEqualTo("Sangat Berhasil");
    assertThat(Audit.label("section head files 100 %", "Berhasil", SCALE, mean.nilai(), 2)).isPresent();
  }

  // ---------------------------------------------------------------- E9

  @ParameterizedTest(name = "E9 {0}/{1} → {2}, mean with {3} × 100 → {4} (printed {5})")
  @CsvSource(delimiter = '|', value = {
      "1.045|1.050|99.52|10|99.96|99,96",
      "720|725|99.31|1|99.66|99,66",
      "315|300|105.00|4|101.00|101,00",
      "49|50|98.00|3|99.50|99,50",
      "82|80|102.50|5|100.42|100,4",
  })
  void E9_printedCorrectly(String r, String t, String capaian, int hundreds, String mean, String printedMean) {
    CapaianResult c = capaian(AngkaTertulis.parse(t, NumberStyle.ID).toPlainString(),
        AngkaTertulis.parse(r, NumberStyle.ID).toPlainString());
    assertThat(shown(c)).isEqualTo(capaian);
    List<CapaianResult> all = new ArrayList<>(List.of(c));
    for (int i = 0; i < hundreds; i++) {
      all.add(capaian("1", "1"));
    }
    Mean m = RollUp.mean(all, CapaianBasis.RAW);
    assertThat(shown(m)).isEqualTo(mean);
    assertThat(Audit.mean("printed mean", p(printedMean), m)).isEmpty();
  }

  @Test
  void E9_serapan58_82() {
    assertThat(Serapan.of(rp("34.000.000"), rp("20.000.000")).display()).isEqualByComparingTo("58.82");
  }

  // ---------------------------------------------------------------- E10

  private static IndikatorInput e10() {
    return new IndikatorInput(IndikatorRule.builder("T1").sasaranKode("S1").iku(true).aggregation(Aggregation.SUM).build(),
        IndikatorTargets.annual(Target.of("95.45")), cells("37.84", "17.00", "nd", "nd"));
  }

  private static IndikatorInput e11() {
    return new IndikatorInput(IndikatorRule.builder("T2").sasaranKode("S2").iku(true).aggregation(Aggregation.LAST).build(),
        IndikatorTargets.annual(Target.of("97.22")), cells("12/36", "-", "nd", "nd"));
  }

  @Test
  void E10_sumIndicatorAgainstAnnualTarget_39_64_17_81_57_45() {
    IndikatorEvaluation e = IndikatorEvaluator.evaluate(e10(), 2, SETTINGS, SCALE);
    assertThat(shown(e.tw(1).vsAnnual())).isEqualTo("39.64");
    assertThat(shown(e.tw(2).vsAnnual())).isEqualTo("17.81");
    assertThat(e.akhir().display()).isEqualByComparingTo("54.84");
    assertThat(shown(e.capaian())).isEqualTo("57.45");
    assertThat(Angka.round(e.tw(1).vsAnnual().raw()).add(Angka.round(e.tw(2).vsAnnual().raw())))
        .isEqualByComparingTo("57.45");
    assertThat(Audit.capaian("s.d. TW II", p("57,45"), e.capaian())).isEmpty();
    // the narrative's formula divides by 95,23 (→ 57,59) yet prints 57,45
    assertThat(shown(capaian("95.23", "54.84"))).isEqualTo("57.59");
  }

  // ---------------------------------------------------------------- E11

  @Test
  void E11_componentsGive33_33And34_29_TwIIAbsentNotZero() {
    IndikatorEvaluation e = IndikatorEvaluator.evaluate(e11(), 2, SETTINGS, SCALE);
    assertThat(e.tw(1).kumulatif().display()).isEqualByComparingTo("33.33");
    assertThat(shown(e.tw(1).vsAnnual())).isEqualTo("34.29");
    // from the rounded 33,33 it would be 34,28
    assertThat(shown(capaian("97.22", "33.33"))).isEqualTo("34.28");
    assertThat(e.tw(2).vsAnnual().status()).isEqualTo(CapaianStatus.NOT_REPORTED);
    assertThat(Angka.format(e.tw(2).vsAnnual())).isEqualTo("–");
    assertThat(e.akhir().display()).isEqualByComparingTo("33.33");
    assertThat(shown(e.capaian())).isEqualTo("34.29");
    assertThat(e.akhir().coverage()).hasToString("1 of 2 reported");
    assertThat(Audit.capaian("TW II", AngkaTertulis.parseOrAbsent("-", NumberStyle.EN), e.tw(2).vsAnnual())).isEmpty();
    assertThat(Audit.capaian("TW II as 0", p("0"), e.tw(2).vsAnnual()).orElseThrow().kind())
        .isEqualTo(AuditKind.ABSENT_PRINTED_AS_VALUE);
  }

  // ---------------------------------------------------------------- E12

  @Test
  void E12_capaianRataRata_36_97_17_81coverage1of2_44_09_45_87() {
    KecamatanTahunResult r = KecamatanTahun.compute(new KecamatanTahunInput("35.08.11", 2024, 2,
        SETTINGS.withRollUpBasis(CapaianBasis.RAW), List.of(e10(), e11()), null, List.of(), SCALE));
    Mean tw1 = r.triwulan().get(1).overall();
    Mean tw2 = r.triwulan().get(2).overall();
    Mean akhir = r.akhir().overall();
    assertThat(shown(tw1)).isEqualTo("36.97");
    assertThat(shown(tw2)).isEqualTo("17.81");
    assertThat(tw2.coverage()).hasToString("1 of 2 reported");
    assertThat(shown(akhir)).isEqualTo("45.87");
    assertThat(akhir.basis()).isEqualTo(CapaianBasis.RAW);

    assertThat(Fixtures.id(Audit.mean("TW I capaian", p("24.64"), tw1).orElseThrow().explanation())).contains("/ 3");
    AuditFlag tw2Flag = Audit.mean("TW II capaian", p("8.90"), tw2).orElseThrow();
    assertThat(Fixtures.id(tw2Flag.explanation())).contains("yang belum dilaporkan dihitung sebagai 0").contains("8,905");
    assertThat(Fixtures.id(Audit.mean("Akhir capaian", p("30.58"), akhir).orElseThrow().explanation())).contains("/ 3");

    IndikatorEvaluation i1 = r.indikator("T1");
    IndikatorEvaluation i2 = r.indikator("T2");
    List<BigDecimal> akhirRealisasi = List.of(i1.akhir().nilai(), i2.akhir().nilai());
    AuditFlag realisasi = Audit.arithmeticMean("Akhir realisasi", p("29.39"), akhirRealisasi).orElseThrow();
    assertThat(Angka.round(realisasi.computed())).isEqualByComparingTo("44.09");
    assertThat(Fixtures.id(realisasi.explanation())).contains("/ 3").contains("tidak bermakna");
    assertThat(Audit.arithmeticMean("Target", p("96.34"), List.of(bd("95.45"), bd("97.22")))).isEmpty();
    assertThat(Audit.arithmeticMean("TW I realisasi", p("35.59"), List.of(bd("37.84"), i2.tw(1).kumulatif().nilai())))
        .isEmpty();
  }

  // ---------------------------------------------------------------- E13

  private static AnggaranLine program(String no, String pagu, String tw1, String tw2) {
    return new AnggaranLine("7.01.0" + no, "Program " + no, AnggaranLevel.PROGRAM, null, AngkaTertulis.parse(pagu).longValueExact(),
        null, PerTriwulan.of(amount(tw1), amount(tw2), null, null));
  }

  private static Long amount(String printed) {
    BigDecimal v = AngkaTertulis.parseOrAbsent(printed, NumberStyle.EN);
    return v == null ? null : v.setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact();
  }

  private static AnggaranTree e13() {
    return AnggaranTree.build(List.of(
        program("1", "1,917,084,558", "498,729,771.00", "520,584,681.00"),
        program("2", "8,267,500", "245,000.00", "3,210,000.00"),
        program("3", "159,194,750", "7,975,000.00", "12,750,000.00"),
        program("4", "28,570,000", "19,750,000.00", "-"),
        program("5", "7,200,000", "1,800,000.00", "1,800,000.00"),
        program("6", "37,204,500", "-", "10,350,000.00")), 2);
  }

  @ParameterizedTest(name = "E13 program {0}: TW I {1}, TW II {2}, s.d. TW II {3}")
  @CsvSource(delimiter = '|', value = {
      "1|26,02|27,16|53,17",
      "2|2,96|38,83|41,79",
      "3|5,01|8,01|13,02",
      "4|69,13|–|69,13",
      "5|25,00|25,00|50,00",
      "6|–|27,82|27,82",
  })
  void E13_quarterlyBudgetMatrix(String no, String tw1, String tw2, String kum) {
    AnggaranNode n = e13().node("7.01.0" + no);
    assertThat(Angka.format(n.triwulan().get(1))).isEqualTo(tw1);
    assertThat(Angka.format(n.triwulan().get(2))).isEqualTo(tw2);
    assertThat(Angka.format(n.kumulatif())).isEqualTo(kum);
    assertThat(Angka.format(n.triwulan().get(3))).isEqualTo("–");
  }

  @Test
  void E13_totals24_50_25_43_49_93_areRatiosOfSums_notMeans() {
    AnggaranTree t = e13();
    assertThat(t.totalKumulatif().pagu()).isEqualTo(2_157_521_308L);
    assertThat(t.totalTriwulan().get(1).realisasi()).isEqualTo(528_499_771L);
    assertThat(Angka.format(t.totalTriwulan().get(1))).isEqualTo("24,50");
    assertThat(t.totalTriwulan().get(1).coverage()).hasToString("5 of 6 reported");
    assertThat(t.totalTriwulan().get(2).realisasi()).isEqualTo(548_694_681L);
    assertThat(Angka.format(t.totalTriwulan().get(2))).isEqualTo("25,43");
    assertThat(t.totalKumulatif().realisasi()).isEqualTo(1_077_194_452L);
    assertThat(Angka.format(t.totalKumulatif())).isEqualTo("49,93");
    assertThat(t.totalKumulatif().coverage()).hasToString("10 of 12 reported");
    // the six TW I percentages averaged, the unreported one as 0, would be 21,35: not what the total is
    BigDecimal sum = BigDecimal.ZERO;
    for (AnggaranNode n : t.roots()) {
      if (n.triwulan().get(1).hasValue()) {
        sum = sum.add(n.triwulan().get(1).persen());
      }
    }
    assertThat(Angka.round(sum.divide(BigDecimal.valueOf(6), Calc.MC))).isEqualByComparingTo("21.35");
    assertThat(Audit.serapan("total TW I", p("24.50"), t.totalTriwulan().get(1))).isEmpty();
    assertThat(Audit.serapan("total s.d. TW II", p("49.93"), t.totalKumulatif())).isEmpty();
    assertThat(Audit.serapan("program 4 TW II", AngkaTertulis.parseOrAbsent("-", NumberStyle.EN),
        t.node("7.01.04").triwulan().get(2))).isEmpty();
  }

  @Test
  void E13_sasaran1_50_70_notTheGrandTotal49_93() {
    Serapan s1 = Serapan.of(rp("2.124.816.808"), rp("1.077.194.452"));
    assertThat(Angka.format(s1)).isEqualTo("50,70");
    AuditFlag f = Audit.serapan("cost per outcome, sasaran 1", p("49,93"), s1).orElseThrow();
    assertThat(f.kind()).isEqualTo(AuditKind.SERAPAN);
    assertThat(Angka.round(f.computed())).isEqualByComparingTo("50.70");
  }
}
