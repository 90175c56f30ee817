package id.kinerja.reporting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Dependencies point rest → service → domain only (docs/CONTRIBUTING.md). Read models live in {@code service.view},
 * so the exports and services never reach back into the JAX-RS layer.
 */
class LayersTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("id.kinerja.reporting");
  }

  @Test
  void onlyRestDependsOnRest() {
    noClasses().that().resideOutsideOfPackage("..rest..").should().dependOnClassesThat()
        .resideInAPackage("..rest..").because("rest is the outermost layer").check(classes);
  }

  @Test
  void domainDependsOnNoOuterLayer() {
    noClasses().that().resideInAPackage("..domain..").should().dependOnClassesThat()
        .resideInAnyPackage("..service..", "..rest..", "..events..", "..export..")
        .because("the domain is pure: services use it, not the other way round").check(classes);
  }
}
