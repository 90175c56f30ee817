package id.kinerja.common.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Makes the document say exactly what the services answer, so that typed clients generated from it are neither
 * noisy nor wrong:
 * <ul>
 * <li>A schema that only answers carry has every property required: the services write every property, null
 * included. A property may be null only where its Java field says so ({@code @Schema(nullable = true)}); every other
 * property is never null.</li>
 * <li>A schema that requests carry too (the plan document, imported and exported) keeps the properties its fields
 * require; the others are optional and, when present, not null (the answers leave them out).</li>
 * <li>Precision is stated in words and as {@code x-max-decimals}, not as {@code multipleOf}: a decimal
 * {@code multipleOf} such as 1e-06 makes standard validators refuse ordinary decimals (37.84) by floating-point
 * error.</li>
 * </ul>
 */
final class ExactContract {

  /** Schemas the filter writes itself, with their own required lists. */
  private static final Set<String> OWN = Set.of("Problem", "FieldViolation");

  private ExactContract() {
  }

  static void apply(OpenAPI openAPI) {
    Components components = openAPI.getComponents();
    if (components == null || components.getSchemas() == null) {
      return;
    }
    Map<String, Schema> schemas = components.getSchemas();
    Set<String> requests = new HashSet<>();
    Set<String> answers = new HashSet<>();
    if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
      openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
        if (op.getRequestBody() != null) {
          content(op.getRequestBody().getContent(), schemas, requests);
        }
        if (op.getParameters() != null) {
          for (Parameter p : op.getParameters()) {
            reach(p.getSchema(), schemas, requests);
          }
        }
        if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
          op.getResponses().getAPIResponses().values().forEach(r -> content(r.getContent(), schemas, answers));
        }
        precision(op);
        if (op.getRequestBody() != null) {
          standAloneRefs(op.getRequestBody().getContent());
        }
        if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
          op.getResponses().getAPIResponses().values().forEach(r -> standAloneRefs(r.getContent()));
        }
        if (op.getParameters() != null) {
          op.getParameters().forEach(p -> standAloneRef(p.getSchema()));
        }
      }));
    }
    schemas.values().forEach(ExactContract::standAloneRef);
    schemas.forEach((name, schema) -> {
      if (!OWN.contains(name)) {
        exact(schema, answers.contains(name) && !requests.contains(name));
      }
    });
    schemas.values().forEach(ExactContract::precision);
  }

  private static void standAloneRefs(Content content) {
    if (content != null && content.getMediaTypes() != null) {
      content.getMediaTypes().values().forEach(m -> standAloneRef(m.getSchema()));
    }
  }

  /**
   * A reference says what the value is: SmallRye writes a {@code type} (and for a multipart form its properties) beside
   * some {@code $ref}s, which generators read as a second, conflicting definition. Only annotations (description,
   * examples) stay beside a reference.
   */
  private static void standAloneRef(Schema schema) {
    if (schema == null) {
      return;
    }
    if (schema.getRef() != null) {
      schema.setType(null);
      schema.setProperties(null);
      schema.setFormat(null);
    }
    if (schema.getProperties() != null) {
      schema.getProperties().values().forEach(ExactContract::standAloneRef);
    }
    standAloneRef(schema.getItems());
    standAloneRef(schema.getAdditionalPropertiesSchema());
    for (Collection<Schema> list : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
      if (list != null) {
        list.forEach(ExactContract::standAloneRef);
      }
    }
  }

  /** Required and nullable as the class of the schema says (see above), for the schema and its inline objects. */
  private static void exact(Schema schema, boolean answerOnly) {
    if (schema == null) {
      return;
    }
    if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
      if (answerOnly) {
        schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
      }
      schema.getProperties().values().forEach(p -> exact(p, answerOnly));
    }
    exact(schema.getItems(), answerOnly);
    if (schema.getAdditionalPropertiesSchema() != null) {
      exact(schema.getAdditionalPropertiesSchema(), answerOnly);
    }
    for (List<Schema> list : new ArrayList<List<Schema>>(java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(),
        schema.getOneOf()))) {
      if (list != null) {
        list.forEach(s -> exact(s, answerOnly));
      }
    }
  }

  private static void content(Content content, Map<String, Schema> schemas, Set<String> reached) {
    if (content == null || content.getMediaTypes() == null) {
      return;
    }
    content.getMediaTypes().values().forEach(m -> reach(m.getSchema(), schemas, reached));
  }

  /** The component schemas a schema refers to, transitively. */
  private static void reach(Schema schema, Map<String, Schema> schemas, Set<String> reached) {
    if (schema == null) {
      return;
    }
    if (schema.getRef() != null) {
      String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
      if (reached.add(name)) {
        reach(schemas.get(name), schemas, reached);
      }
    }
    if (schema.getProperties() != null) {
      schema.getProperties().values().forEach(p -> reach(p, schemas, reached));
    }
    reach(schema.getItems(), schemas, reached);
    reach(schema.getAdditionalPropertiesSchema(), schemas, reached);
    for (Collection<Schema> list : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
      if (list != null) {
        list.forEach(s -> reach(s, schemas, reached));
      }
    }
  }

  private static void precision(Operation op) {
    if (op.getParameters() != null) {
      op.getParameters().forEach(p -> precision(p.getSchema()));
    }
    if (op.getRequestBody() != null && op.getRequestBody().getContent() != null
        && op.getRequestBody().getContent().getMediaTypes() != null) {
      op.getRequestBody().getContent().getMediaTypes().values().forEach(m -> precision(m.getSchema()));
    }
  }

  /** multipleOf 10^-n → "At most n decimal places." and x-max-decimals: n, in the schema and every schema inside it. */
  private static void precision(Schema schema) {
    if (schema == null) {
      return;
    }
    BigDecimal step = schema.getMultipleOf();
    if (step != null && step.compareTo(BigDecimal.ONE) < 0) {
      int decimals = step.stripTrailingZeros().scale();
      schema.setMultipleOf(null);
      schema.addExtension("x-max-decimals", decimals);
      String rule = "At most " + decimals + " decimal place" + (decimals == 1 ? "" : "s") + ".";
      schema.setDescription(schema.getDescription() == null || schema.getDescription().isBlank() ? rule
          : schema.getDescription().strip() + " " + rule);
    }
    if (schema.getProperties() != null) {
      schema.getProperties().values().forEach(ExactContract::precision);
    }
    precision(schema.getItems());
    for (Collection<Schema> list : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
      if (list != null) {
        list.forEach(ExactContract::precision);
      }
    }
  }
}
