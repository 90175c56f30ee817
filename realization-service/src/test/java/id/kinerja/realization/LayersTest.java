package id.kinerja.realization;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Dependencies point one way, rest → service → domain (events beside service): the read models and requests the
 * services use live outside {@code rest}, and the domain knows nothing of the layers above it.
 */
class LayersTest {

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("id.kinerja.realization");

  @Test
  void nothingOutsideRestDependsOnRest() {
    noClasses().that().resideOutsideOfPackage("..rest..").should().dependOnClassesThat().resideInAPackage("..rest..")
        .because("requests and views are the rest layer's own: services take and return service and domain types")
        .check(CLASSES);
  }

  @Test
  void theDomainDependsOnNoLayerAboveIt() {
    noClasses().that().resideInAPackage("..domain..").should().dependOnClassesThat()
        .resideInAnyPackage("..service..", "..rest..", "..events..")
        .because("the domain is used by the layers around it, never the other way").check(CLASSES);
  }
}
