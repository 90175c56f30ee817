package id.kinerja.planning.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import id.kinerja.common.events.EventSchemas;
import id.kinerja.common.json.CanonicalJson;
import id.kinerja.planning.domain.Aggregation;
import id.kinerja.planning.domain.AnggaranLevel;
import id.kinerja.planning.domain.IndikatorLevel;
import id.kinerja.planning.domain.NegativeFormula;
import id.kinerja.planning.domain.OverallMode;
import id.kinerja.planning.domain.Peran;
import id.kinerja.planning.domain.PkJenis;
import id.kinerja.planning.domain.Polarity;
import id.kinerja.planning.domain.SasaranLevel;
import id.kinerja.planning.domain.TargetType;
import id.kinerja.planning.domain.TwTargetMode;
import id.kinerja.planning.domain.ZeroTargetRule;
import id.kinerja.planning.domain.dokumen.TautanDok;
import id.kinerja.planning.domain.rencana.RencanaKinerja;

/**
 * The enums whose values planning writes into its events have exactly the values the events' JSON schemas allow
 * (docs/events/schemas, the copy on the classpath that EventSchemas validates with). Six of them (Aggregation,
 * NegativeFormula, OverallMode, Polarity, TwTargetMode, ZeroTargetRule) are declared in reporting too, on purpose: each
 * service is deployed on its own and the schema is the contract between them, not a Java type. This test keeps
 * planning's side to the schema (reporting reads the values by name from events validated against the same schema), so
 * a value cannot be added or renamed here without the schema changing with it.
 */
class EventEnumsTest {

  private static final String PLAN = PlanningEvents.RENCANA_KINERJA_PUBLISHED;
  private static final String KABUPATEN = PlanningEvents.KABUPATEN_CONFIGURED;
  /** The version of planning.kabupaten.configured planning publishes (v2 adds the logo). */
  private static final String KABUPATEN_V2 = PlanningEvents.KABUPATEN_CONFIGURED + "@2";

  static Stream<Arguments> publishedEnums() {
    return Stream.of(
        // Declared in planning and in reporting.
        Arguments.of(Aggregation.class, PLAN, "/$defs/indikator/properties/aggregation"),
        Arguments.of(NegativeFormula.class, PLAN, "/$defs/indikator/properties/negativeFormula"),
        Arguments.of(NegativeFormula.class, KABUPATEN, "/properties/negativeFormulaDefault"),
        Arguments.of(OverallMode.class, KABUPATEN, "/properties/overallMode"),
        Arguments.of(NegativeFormula.class, KABUPATEN_V2, "/properties/negativeFormulaDefault"),
        Arguments.of(OverallMode.class, KABUPATEN_V2, "/properties/overallMode"),
        Arguments.of(Polarity.class, PLAN, "/$defs/indikator/properties/polarity"),
        Arguments.of(TwTargetMode.class, PLAN, "/$defs/indikator/properties/twTargetMode"),
        Arguments.of(ZeroTargetRule.class, PLAN, "/$defs/indikator/properties/zeroTargetRule"),
        // Planning's own, published as text.
        Arguments.of(IndikatorLevel.class, PLAN, "/$defs/indikator/properties/level"),
        Arguments.of(TargetType.class, PLAN, "/$defs/indikator/properties/targetType"),
        Arguments.of(SasaranLevel.class, PLAN, "/properties/sasaran/items/properties/level"),
        Arguments.of(AnggaranLevel.class, PLAN, "/$defs/anggaran/properties/level"),
        Arguments.of(PkJenis.class, PLAN, "/$defs/pk/properties/jenis"),
        Arguments.of(Peran.class, PLAN, "/$defs/pihak/properties/peran"),
        // Cascading (issue #19).
        Arguments.of(Polarity.class, PlanningEvents.RPJMD_PUBLISHED, "/$defs/indikator/properties/polarity"),
        Arguments.of(TautanDok.JenisDari.class, PlanningEvents.TAUTAN_KINERJA_PUBLISHED, "/$defs/dari/properties/jenis"),
        Arguments.of(TautanDok.JenisKe.class, PlanningEvents.TAUTAN_KINERJA_PUBLISHED,
            "/properties/tautan/items/properties/ke/properties/jenis"));
  }

  @ParameterizedTest(name = "{0} = {1} {2}")
  @MethodSource("publishedEnums")
  void theEnumHasTheValuesTheEventSchemaAllows(Class<? extends Enum<?>> type, String event, String property) {
    JsonNode allowed = schema(event).at(property + "/enum");
    assertThat(allowed.isArray()).as("%s has an enum at %s", event, property).isTrue();
    List<String> values = new ArrayList<>();
    // A nullable property lists null too; the enum's values are the others.
    allowed.forEach(v -> {
      if (!v.isNull()) {
        values.add(v.asText());
      }
    });
    assertThat(values).as("%s in %s%s", type.getSimpleName(), event, property).containsExactlyElementsOf(names(type));
  }

  /** The published plan's OpenAPI schema names the same value sets as the enums it writes as text. */
  @ParameterizedTest(name = "RencanaKinerja.Indikator.{0}")
  @MethodSource("indikatorEnums")
  void thePublishedPlansOpenApiEnumerationsAreTheEnumsValues(String component, Class<? extends Enum<?>> type)
      throws NoSuchFieldException {
    // @Schema does not target record components: the compiler puts it on the component's field.
    Schema schema = RencanaKinerja.Indikator.class.getDeclaredField(component).getAnnotation(Schema.class);
    assertThat(schema.enumeration()).containsExactlyElementsOf(names(type));
  }

  static Stream<Arguments> indikatorEnums() {
    return Stream.of(Arguments.of("aggregation", Aggregation.class), Arguments.of("negativeFormula", NegativeFormula.class),
        Arguments.of("polarity", Polarity.class), Arguments.of("twTargetMode", TwTargetMode.class),
        Arguments.of("zeroTargetRule", ZeroTargetRule.class), Arguments.of("level", IndikatorLevel.class),
        Arguments.of("targetType", TargetType.class));
  }

  private static List<String> names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
  }

  /** The schema of {@code event}, v1, or the version after "@" ("planning.kabupaten.configured@2"). */
  private static JsonNode schema(String event) {
    String[] typeVersion = event.split("@");
    String file = "event-schemas/" + EventSchemas.fileName(typeVersion[0],
        typeVersion.length > 1 ? Integer.parseInt(typeVersion[1]) : 1);
    try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(file)) {
      assertThat(in).as(file + " on the classpath").isNotNull();
      return CanonicalJson.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(file, e);
    }
  }
}
