package id.kinerja.reporting.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * A property declared {@code @Schema(nullable = true)} whose type is another component schema is written by SmallRye as
 * {@code anyOf: [{$ref}, {type: null}]}, but in some records with {@code type: object} beside it, which forbids the
 * null the anyOf allows (KonsolidasiBaris.versi, PkIndikator.target …). This adds "null" to such a type, so that the
 * document says what the annotation says.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class NullableReferences implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
      openAPI.getComponents().getSchemas().values().forEach(NullableReferences::fix);
    }
  }

  private static void fix(Schema schema) {
    if (schema == null) {
      return;
    }
    Map<String, Schema> properties = schema.getProperties();
    if (properties != null) {
      properties.values().forEach(NullableReferences::fix);
    }
    fix(schema.getItems());
    List<Schema> anyOf = schema.getAnyOf();
    List<Schema.SchemaType> type = schema.getType();
    if (anyOf != null && type != null && !type.contains(Schema.SchemaType.NULL)
        && anyOf.stream().anyMatch(s -> s.getType() != null && s.getType().equals(List.of(Schema.SchemaType.NULL)))) {
      List<Schema.SchemaType> nullable = new ArrayList<>(type);
      nullable.add(Schema.SchemaType.NULL);
      schema.setType(nullable);
    }
  }
}
