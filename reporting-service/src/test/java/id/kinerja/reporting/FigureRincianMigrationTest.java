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

import id.kinerja.deploy.localstack.LocalStackTestResource;
import id.kinerja.reporting.domain.figures.AnggaranFigure;
import id.kinerja.reporting.domain.figures.IndikatorFigure;
import id.kinerja.reporting.service.FigureDocsAccess;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Migration V6 carries the figures stored before it (fig_indikator, fig_anggaran) into fig_rincian: run on the tables
 * of V3 with figures in them, in a schema of its own, the documents it writes read back as exactly those figures, in
 * plan order, with the lowest s.d.-triwulan capaian beside them.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class FigureRincianMigrationTest {

  @Inject
  DataSource dataSource;

  @Test
  void theFiguresStoredBeforeReadBackFromTheDocuments() throws Exception {
    String schema = "v6_" + Long.toHexString(System.nanoTime());
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("create schema " + schema);
      s.execute("set search_path to " + schema);
      try {
        migrateAndCheck(s, schema);
      } finally {
        // the connection goes back to the pool: as it came
        s.execute("set search_path to public");
        s.execute("drop schema " + schema + " cascade");
      }
    }
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
              null, null, null, null, false, null),
          new IndikatorFigure("IKU-IDM", 2, "S2", 2, "REPORTED", new BigDecimal("13"), null, 1, new BigDecimal("13"),
              new BigDecimal("90"), new BigDecimal("45.50"), "COMPUTED", new BigDecimal("14.4444"),
              new BigDecimal("14.44"), "COMPUTED", new BigDecimal("14.4444"), new BigDecimal("14.44"), "COMPUTED",
              new BigDecimal("28.5714"), new BigDecimal("28.57"), 1, "Kurang", null, null, true,
              Instant.parse("2024-07-10T16:59:59.123456Z")));
      assertThat(FigureDocsAccess.read(rs.getString(5), AnggaranFigure.class)).containsExactly(
          new AnggaranFigure("7.01.02", 2, 1, 68_036_200L, "REPORTED", 1_000L, 35_000_000L, "COMPUTED",
              new BigDecimal("0.0014698"), new BigDecimal("51.4400"), 1, 1, false, 33_036_200L,
              Instant.parse("2024-01-05T02:00:00Z")));
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
    try (var in = FigureRincianMigrationTest.class.getResourceAsStream("/db/migration/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
