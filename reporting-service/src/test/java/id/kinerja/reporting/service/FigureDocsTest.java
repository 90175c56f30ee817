package id.kinerja.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.Test;

import id.kinerja.reporting.domain.Tampilan;
import id.kinerja.reporting.domain.figures.AnggaranFigure;
import id.kinerja.reporting.domain.figures.IndikatorFigure;
import id.kinerja.reporting.domain.figures.KecamatanTahunFigures;

/**
 * The figure documents of fig_rincian give back exactly the figures written (values, scales, nulls, order), and read
 * the text PostgreSQL's json_agg wrote in migration V6 the same way.
 */
class FigureDocsTest {

  private final FigureCalculator calculator = new FigureCalculator();

  @Test
  void figuresReadBackEqualTheFiguresWritten() {
    int figures = 0;
    for (long seed = 1; seed <= 300; seed++) {
      RandomKecamatanTahun k = new RandomKecamatanTahun(seed).fill((int) (seed % 60));
      for (Tampilan t : Tampilan.values()) {
        KecamatanTahunFigures v;
        try {
          v = calculator.compute(k.inputs(), t);
        } catch (IllegalArgumentException e) {
          continue; // a plan the engine refuses has no figures
        }
        assertThat(FigureDocs.read(FigureDocs.write(v.indikator()), IndikatorFigure.class))
            .usingRecursiveFieldByFieldElementComparator(asStored()).isEqualTo(v.indikator());
        assertThat(FigureDocs.read(FigureDocs.write(v.anggaran()), AnggaranFigure.class))
            .usingRecursiveFieldByFieldElementComparator(asStored()).isEqualTo(v.anggaran());
        figures += v.indikator().size() + v.anggaran().size();
      }
    }
    assertThat(figures).isGreaterThan(10_000);
  }

  /**
   * Equal as stored: a decimal with a negative scale (1.50E+4) is written plain and read back as 15000, as the numeric
   * columns before V6 did; every other value exactly, scale included.
   */
  private static RecursiveComparisonConfiguration asStored() {
    return RecursiveComparisonConfiguration.builder()
        .withComparatorForType((a, b) -> plain(a).equals(plain(b)) ? 0 : 1, BigDecimal.class).build();
  }

  private static BigDecimal plain(BigDecimal d) {
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  @Test
  void decimalsKeepTheirScaleAndInstantsTheirMicroseconds() {
    AnggaranFigure f = new AnggaranFigure("7.01.02", 2, 1, 68_036_200L, "REPORTED", 1_000L, null, "COMPUTED",
        new BigDecimal("100.00"), new BigDecimal("0.0014698"), 1, 2, false, -5L,
        Instant.parse("2024-07-10T16:59:59.123456Z"), 68_036_200L, null);
    String doc = FigureDocs.write(List.of(f));
    assertThat(doc).isEqualTo("[[\"7.01.02\",2,1,68036200,\"REPORTED\",1000,null,\"COMPUTED\",100.00,0.0014698,1,2,false,-5,"
        + "1720630799123456,68036200,null]]");
    AnggaranFigure back = FigureDocs.read(doc, AnggaranFigure.class).get(0);
    assertThat(back).isEqualTo(f);
    assertThat(back.serapan().scale()).isEqualTo(2);
  }

  @Test
  void readsTheTextOfTheMigration() {
    // json_agg(json_build_array(...))::text as PostgreSQL writes it: spaces after commas, numeric as numeric_out
    String pg = "[[\"7.01.02\", 0, 3, 140378945, \"REPORTED\", 35000000, 35000000, \"COMPUTED\", 24.9325, 24.9325, 1, 1,"
        + " false, null, 1704420000000000], \n [\"7.01.06\", 0, 4, 0, \"NOT_REPORTED\", null, null, \"NOT_REPORTED\", null,"
        + " null, 0, 1, true, 0, null]]";
    List<AnggaranFigure> read = FigureDocs.read(pg, AnggaranFigure.class);
    assertThat(read).hasSize(2);
    assertThat(read.get(0).serapan()).isEqualTo(new BigDecimal("24.9325"));
    assertThat(read.get(0).asOf()).isEqualTo(Instant.parse("2024-01-05T02:00:00Z"));
    assertThat(read.get(1).realisasi()).isNull();
    assertThat(read.get(1).melebihiPagu()).isTrue();
    // Written before the pagu coverage was kept (docs/domain.md §2.9.9): not known, never 0.
    assertThat(read.get(0).paguDilaporkan()).isNull();
    assertThat(read.get(0).paguDilaporkanKumulatif()).isNull();
  }

  @Test
  void anIndicatorDocumentWrittenBeforeTheNarrativeReadsItAsAbsent() {
    // The 26 values an indicator figure had before V8 added which triwulan's narrative it shows and the narrative.
    String before = "[[\"IKU-SKM\",0,\"S1\",1,\"COMPUTED\",99,null,null,99,80,null,\"COMPUTED\",123.75,123.75,"
        + "\"COMPUTED\",123.75,123.75,null,null,null,4,\"Sangat Berhasil\",\"COMPUTED\",110.00,false,1704420000000000]]";
    IndikatorFigure f = FigureDocs.read(before, IndikatorFigure.class).get(0);
    assertThat(f.capaianKumulatif()).isEqualTo(new BigDecimal("123.75"));
    assertThat(f.asOf()).isEqualTo(Instant.parse("2024-01-05T02:00:00Z"));
    assertThat(f.narasiTriwulan()).isNull();
    assertThat(f.faktorPendukung()).isNull();
    assertThat(f.faktorPenghambat()).isNull();
    assertThat(f.tindakLanjut()).isNull();
    // Written again, the document has every component.
    assertThat(FigureDocs.write(List.of(f))).endsWith(",false,1704420000000000,null,null,null,null]]");
  }

  @Test
  void aDocumentOfAnotherShapeIsRefused() {
    assertThatThrownBy(() -> FigureDocs.read("[[\"7.01.02\", 0]]", AnggaranFigure.class))
        .isInstanceOf(IllegalStateException.class);
  }
}
