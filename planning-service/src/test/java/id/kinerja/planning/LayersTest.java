package id.kinerja.planning;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Dependencies point one way, rest → service → domain (docs/CONTRIBUTING.md): the request and response bodies of
 * the API stay in {@code rest}, and the domain (entities, document records, rules, the plan builder) knows nothing of
 * the layers that use it.
 */
class LayersTest {

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("id.kinerja.planning");

  @Test
  void onlyRestDependsOnRest() {
    noClasses().that().resideOutsideOfPackage("..rest..")
        .should().dependOnClassesThat().resideInAPackage("..rest..")
        .because("the API's bodies are the rest layer's own: services take and return domain types")
        .check(MAIN);
  }

  @Test
  void domainDependsOnNoOuterLayer() {
    noClasses().that().resideInAPackage("..domain..")
        .should().dependOnClassesThat().resideInAnyPackage("..service..", "..rest..", "..events..")
        .because("the domain is used by the layers around it, never the other way")
        .check(MAIN);
  }
}
