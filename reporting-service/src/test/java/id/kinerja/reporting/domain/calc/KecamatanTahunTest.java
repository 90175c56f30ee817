package id.kinerja.reporting.domain.calc;

import static id.kinerja.reporting.domain.calc.Fixtures.bd;
import static id.kinerja.reporting.domain.calc.Fixtures.cells;
import static id.kinerja.reporting.domain.calc.Fixtures.shown;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The in-memory recomputation of one kecamatan-year ([P] Mlarak 2024 as the fixture: E1, E2, E4). */
class KecamatanTahunTest {

  private static KecamatanTahunInput mlarak(CalcSettings settings) {
    IndikatorInput skm = new IndikatorInput(IndikatorRule.builder("SKM").sasaranKode("S1").iku(true)
        .aggregation(Aggregation.LAST).satuan("indeks").build(),
        new IndikatorTargets(Target.of("80"), null, Target.of("90")), cells("nd", "nd", "nd", "99"));
    IndikatorInput idm = new IndikatorInput(IndikatorRule.builder("IDM").sasaranKode("S2").iku(true)
        .aggregation(Aggregation.LAST).satuan("%").build(),
        new IndikatorTargets(Target.of("90"), null, Target.of("90")), cells("nd", "nd", "nd", "100"));
    IndikatorInput staff = new IndikatorInput(IndikatorRule.builder("SURAT").sasaranKode("S1").build(),
        IndikatorTargets.annual(Target.of("1050")), cells("300", "250", "-", "495"));
    // budget as Tabel 3.16 assigns it: sasaran 1 68.036.200 / 49.973.200, sasaran 2 140.378.945 / 139.803.200
    List<AnggaranLine> anggaran = List.of(
        new AnggaranLine("7.01.01", "Penunjang", AnggaranLevel.PROGRAM, null, 68_036_200L, "S1", null),
        AnggaranLine.of("7.01.01.2.01", "7.01.01", 68_036_200L, null, 10_000_000L, 20_000_000L, null, 19_973_200L),
        new AnggaranLine("7.01.06", "Pembinaan desa", AnggaranLevel.PROGRAM, null, 140_378_945L, "S2", null),
        AnggaranLine.of("7.01.06.2.01", "7.01.06", 140_378_945L, null, 30_000_000L, 40_000_000L, 30_000_000L, 39_803_200L));
    return new KecamatanTahunInput("35.02.14", 2024, 4, settings, List.of(skm, idm, staff), null, anggaran,
        Fixtures.kinerjaPonorogo());
  }

  @Test
  void recomputesEveryFigureOfTheYear() {
    KecamatanTahunResult r = KecamatanTahun.compute(mlarak(CalcSettings.DEFAULT));
    assertThat(shown(r.indikator("SKM").capaian())).isEqualTo("123.75");
    assertThat(shown(r.indikator("IDM").capaian())).isEqualTo("111.11");
    assertThat(shown(r.indikator("SKM").tingkatKemajuan())).isEqualTo("110.00");
    assertThat(shown(r.indikator("SURAT").capaian())).isEqualTo("99.52");
    assertThat(r.indikator("SURAT").akhir().coverage()).hasToString("3 of 4 reported");

    assertThat(shown(r.akhir().overall())).isEqualTo("117.43");
    assertThat(r.akhir().overall().coverage()).hasToString("2 of 2 reported");
    assertThat(r.predikat().label()).isEqualTo("Sangat Berhasil");
    assertThat(shown(r.akhir().sasaran("S1").mean())).isEqualTo("111.64");

    assertThat(shown(r.anggaran().totalKumulatif())).isEqualTo("91.06");
    assertThat(r.kinerjaAnggaran()).extracting(KinerjaAnggaran::sasaranKode).containsExactly("S1", "S2");
    KinerjaAnggaran s2 = r.kinerjaAnggaran().get(1);
    assertThat(shown(s2.serapan())).isEqualTo("99.59");
    assertThat(s2.efisiensi().display()).isEqualByComparingTo("11.52");
    assertThat(s2.efisiensi().label()).isEqualTo(EfisiensiFormula.CAPAIAN_MINUS_SERAPAN.label());
    // sasaran 1 holds SKM and the staff indicator: efisiensi is on their mean (raw)
    KinerjaAnggaran s1 = r.kinerjaAnggaran().get(0);
    assertThat(shown(s1.serapan())).isEqualTo("73.45");
    assertThat(s1.capaian().basis()).isEqualTo(CapaianBasis.RAW);
    assertThat(s1.efisiensi().display()).isEqualByComparingTo("38.19");
  }

  @Test
  void triwulanRollUpsSkipWhatIsNotDue() {
    KecamatanTahunResult r = KecamatanTahun.compute(mlarak(CalcSettings.DEFAULT));
    Mean tw1 = r.triwulan().get(1).overall();
    assertThat(tw1.hasValue()).isFalse();
    assertThat(tw1.coverage()).isEqualTo(Coverage.NONE);
    assertThat(shown(r.triwulan().get(1).sasaran("S1").mean())).isEqualTo("28.57");
    assertThat(shown(r.kumulatif().get(2).sasaran("S1").mean())).isEqualTo("52.38");
    assertThat(r.triwulan().get(3).sasaran("S1").mean().coverage()).hasToString("0 of 1 reported");
    assertThat(shown(r.triwulan().get(4).overall())).isEqualTo("117.43");
  }

  @Test
  void overallModeAndCapAreKabupatenSettings() {
    CalcSettings capped = CalcSettings.ofKabupaten(NegativeFormula.TWO_T_MINUS_R, OverallMode.SASARAN, bd("100"), false);
    KecamatanTahunResult r = KecamatanTahun.compute(mlarak(capped));
    assertThat(r.akhir().mode()).isEqualTo(OverallMode.SASARAN);
    assertThat(shown(r.akhir().sasaran("S1").mean())).isEqualTo("99.76");
    assertThat(shown(r.akhir().overall())).isEqualTo("99.88");
    assertThat(r.akhir().overall().basis()).isEqualTo(CapaianBasis.SCORE);
    // efisiensi stays on raw values whatever the cap
    assertThat(r.kinerjaAnggaran().get(1).efisiensi().display()).isEqualByComparingTo("11.52");
  }

  @Test
  void oneRunAsOfTwIvHoldsTheFiguresOfEveryEarlierTriwulan() {
    KecamatanTahunResult year = KecamatanTahun.compute(mlarak(CalcSettings.DEFAULT));
    for (int n = 1; n <= 4; n++) {
      KecamatanTahunInput in = mlarak(CalcSettings.DEFAULT);
      KecamatanTahunResult asOf = KecamatanTahun.compute(new KecamatanTahunInput(in.kecamatanKode(), in.tahun(), n,
          in.settings(), in.indikator(), in.sasaranBobot(), in.anggaran(), in.kinerjaScale()));
      for (IndikatorEvaluation e : asOf.indikator()) {
        assertThat(year.indikator(e.kode()).tw(n).kumulatifVsAnnual()).isEqualTo(e.capaian());
        assertThat(year.indikator(e.kode()).tw(n)).isEqualTo(e.tw(n));
      }
      assertThat(year.kumulatif().get(n).overall()).isEqualTo(asOf.akhir().overall());
      assertThat(year.anggaran().totalKumulatif(n)).isEqualTo(asOf.anggaran().totalKumulatif());
    }
  }

  @Test
  void sameInputSameOutput() {
    KecamatanTahunInput in = mlarak(CalcSettings.DEFAULT);
    assertThat(KecamatanTahun.compute(in)).isEqualTo(KecamatanTahun.compute(in));
  }
}
