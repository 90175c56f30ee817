package id.kinerja.deploy.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The native-heap trim is asked of a Java that has it, never of one that would refuse to start. */
class ServiceProcessFlagsTest {

  @ParameterizedTest
  @CsvSource({ "17.0.8, false", "17.0.9, true", "17.0.15, true", "21, false", "21.0.1, true", "22, true", "25.0.1, true",
      "18.0.2, false", "20.0.2, false" })
  void trimOnlyWhereTheOptionExists(String version, boolean expected) {
    assertThat(ServiceProcess.trimsNativeHeap(Runtime.Version.parse(version))).isEqualTo(expected);
  }
}
