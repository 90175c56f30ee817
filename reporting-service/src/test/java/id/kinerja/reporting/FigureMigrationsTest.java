package id.kinerja.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import id.kinerja.deploy.testing.LocalStackTestResource;
import id.kinerja.reporting.domain.figures.AnggaranFigure;
import id.kinerja.reporting.domain.figures.IndikatorFigure;
import id.kinerja.reporting.service.FigureDocsAccess;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The migrations that reshape stored figures, each run on the tables before it with figures in them, in a schema of
 * its own. V6 carries fig_indikator and fig_anggaran into fig_rincian: the documents it writes read back as exactly
 * those figures, in plan order, with the lowest s.d.-triwulan capaian beside them. V7 gives each kabupaten aggregate
 * row the running totals of its kecamatan summaries, as the service keeps them.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class FigureMigrationsTest {

  @Inject
  DataSource dataSource;

  private interface InSchema {
    void run(Statement s, String schema) throws Exception;
  }

  private void inOwnSchema(InSchema work) throws Exception {
    String schema = "mig_" + Long.toHexString(System.nanoTime());
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("create schema " + schema);
      s.execute("set search_path to " + schema);
      try {
        work.run(s, schema);
      } finally {
        // the connection goes back to the pool: as it came
        s.execute("set search_path to public");
        s.execute("drop schema " + schema + " cascade");
      }
    }
  }

  @Test
  void theFiguresStoredBeforeReadBackFromTheDocuments() throws Exception {
    inOwnSchema(FigureMigrationsTest::migrateAndCheck);
  }

  @Test
  void theKabupatenAggregatesGetTheTotalsOfTheirSummaries() throws Exception {
    inOwnSchema((s, schema) -> {
      s.execute(sql("V3__figures.sql"));
      // Three kecamatan in the year's group (one without capaian, one without realisasi); TW I has no summary.
      s.execute("""
          insert into fig_kecamatan values
            ('35.02', '35.02.01', 2024, 0, 'OFFICIAL', 'COMPUTED', 80.50, 'COMPUTED', 80.50, 1, 1, 1000, 400, 400,
             'COMPUTED', 40, 40, 'NOT_COMPUTABLE', null, 3, 'Baik', 0, 0, 1, 1, 1, 'r1', '2024-07-10T00:00:00Z'),
            ('35.02', '35.02.02', 2024, 0, 'OFFICIAL', 'COMPUTED', 90.50, 'COMPUTED', 90.50, 1, 1, 2000, null, null,
             'NOT_REPORTED', null, null, 'NOT_REPORTED', null, 4, 'Sangat Baik', 0, 0, 1, 1, 1, 'r1', null),
            ('35.02', '35.02.03', 2024, 0, 'OFFICIAL', 'NOT_REPORTED', null, 'NOT_REPORTED', null, 0, 1, 3000, 600,
             600, 'COMPUTED', 20, 20, 'NOT_REPORTED', null, null, null, 0, 0, 1, 1, 1, 'r1', null)""");
      s.execute("""
          insert into fig_kabupaten values
            ('35.02', 2024, 0, 'OFFICIAL', 3, 2, 'COMPUTED', 85.50, 6000, 1000, 'COMPUTED', 16.67, '2024-07-10T00:00:00Z'),
            ('35.02', 2024, 1, 'OFFICIAL', 3, 0, 'NOT_REPORTED', null, 0, 0, 'NOT_REPORTED', null, null)""");
      s.execute(sql("V7__fig_kabupaten_totals.sql"));
      try (ResultSet rs = s.executeQuery("select periode, ringkasan, capaian_jumlah, realisasi_dilaporkan"
          + " from fig_kabupaten order by periode")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(2)).isEqualTo(3);
        // 80.50 + 90.50 without trailing zeros, as KabupatenTotals keeps it
        assertThat(rs.getBigDecimal(3).toPlainString()).isEqualTo("171");
        assertThat(rs.getInt(4)).isEqualTo(2);
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(2)).isZero();
        assertThat(rs.getBigDecimal(3)).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(rs.getInt(4)).isZero();
      }
    });
  }

  private static void migrateAndCheck(Statement s, String schema) throws Exception {
    s.execute(sql("V3__figures.sql"));
    s.execute("""
        insert into fig_indikator values
          ('35.02.08', 2024, 'OFFICIAL', 'IKU-IDM', 2, '35.02', 'S2', 2, 'REPORTED', 13, null, 1, 13, 90, 45.50,
           'COMPUTED', 14.4444, 14.44, 'COMPUTED', 14.4444, 14.44, 'COMPUTED', 28.5714, 28.57, 1, 'Kurang', null,
           null, true, '2024-07-10T16:59:59.123456Z'),
          ('35.02.08', 2024, 'OFFICIAL', 'IKU-SKM', 2, '35.02', 'S1', 1, 'NOT_REPORTED', null, 'teks "kutip"', null,
           null, 80, null, 'NOT_REPORTED', null, null, 'NOT_REPORTED', null, null, null, null, null, null, null,
           null, null, false, null)""");
    s.execute("""
        insert into fig_anggaran values
          ('35.02.08', 2024, 'OFFICIAL', '7.01.02', 2, 1, 68036200, 'REPORTED', 1000, 35000000, 'COMPUTED', 0.0014698,
           51.4400, 1, 1, false, 33036200, '2024-01-05T02:00:00Z')""");
    s.execute("""
        insert into fig_kecamatan values ('35.02', '35.02.08', 2024, 2, 'OFFICIAL', 'COMPUTED', 14.44, 'COMPUTED',
          14.44, 1, 2, 68036200, 1000, 35000000, 'COMPUTED', 0.0015, 51.44, 'COMPUTED', 1.2, 1, 'Kurang', 1, 1, 1,
          1, 1, 'r1', '2024-07-10T16:59:59Z'),
          ('35.02', '35.02.08', 2024, 3, 'OFFICIAL', 'NOT_DUE', null, 'NOT_DUE', null, 0, 2, 68036200, null, null,
          'NOT_DUE', null, null, 'NOT_DUE', null, null, null, 0, 0, 1, 1, 1, 'r1', null)""");
    s.execute(sql("V6__fig_rincian.sql"));

    try (ResultSet rs = s.executeQuery("select periode, kabupaten_kode, capaian_kumulatif_min, indikator, anggaran"
        + " from fig_rincian order by periode")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(2);
      assertThat(rs.getString(2)).isEqualTo("35.02");
      assertThat(rs.getBigDecimal(3)).isEqualTo(new BigDecimal("14.4444"));
      List<IndikatorFigure> indikator = FigureDocsAccess.read(rs.getString(4), IndikatorFigure.class);
      assertThat(indikator).containsExactly(
          new IndikatorFigure("IKU-SKM", 2, "S1", 1, "NOT_REPORTED", null, "teks \"kutip\"", null, null,
              new BigDecimal("80"), null, "NOT_REPORTED", null, null, "NOT_REPORTED", null, null, null, null, null,
              null, null, null, null, false, null, null, null, null, null),
          new IndikatorFigure("IKU-IDM", 2, "S2", 2, "REPORTED", new BigDecimal("13"), null, 1, new BigDecimal("13"),
              new BigDecimal("90"), new BigDecimal("45.50"), "COMPUTED", new BigDecimal("14.4444"),
              new BigDecimal("14.44"), "COMPUTED", new BigDecimal("14.4444"), new BigDecimal("14.44"), "COMPUTED",
              new BigDecimal("28.5714"), new BigDecimal("28.57"), 1, "Kurang", null, null, true,
              Instant.parse("2024-07-10T16:59:59.123456Z"), null, null, null, null));
      assertThat(FigureDocsAccess.read(rs.getString(5), AnggaranFigure.class)).containsExactly(
          new AnggaranFigure("7.01.02", 2, 1, 68_036_200L, "REPORTED", 1_000L, 35_000_000L, "COMPUTED",
              new BigDecimal("0.0014698"), new BigDecimal("51.4400"), 1, 1, false, 33_036_200L,
              Instant.parse("2024-01-05T02:00:00Z"), null, null));
      // A group with a summary but no indicator or budget rows gets empty documents.
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(3);
      assertThat(rs.getBigDecimal(3)).isNull();
      assertThat(rs.getString(4)).isEqualTo("[]");
      assertThat(rs.getString(5)).isEqualTo("[]");
      assertThat(rs.next()).isFalse();
    }
    try (ResultSet rs = s.executeQuery("select count(*) from information_schema.tables where table_schema = '"
        + schema + "' and table_name in ('fig_indikator', 'fig_anggaran')")) {
      rs.next();
      assertThat(rs.getInt(1)).as("the old tables are gone").isZero();
    }
  }

  private static String sql(String file) throws Exception {
    try (var in = FigureMigrationsTest.class.getResourceAsStream("/db/migration/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
