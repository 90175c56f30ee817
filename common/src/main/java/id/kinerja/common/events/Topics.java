package id.kinerja.common.events;

/**
 * Topic names. One topic per producing service and contract major version; a consumer that cannot
 * handle an event moves it to its own dead-letter topic.
 */
public final class Topics {

  /** Plan changes from planning-service: kecamatan plans (key kecamatan code), scales and jadwal (key kabupaten code). */
  public static final String PLANNING = "kinerja.planning.v1";
  /** Realisasi state changes from realization-service (key kecamatan code). */
  public static final String REALISASI = "kinerja.realisasi.v1";

  private Topics() {
  }

  /** The dead-letter topic of one consumer. */
  public static String deadLetter(String consumerName) {
    return "kinerja.dlt." + consumerName;
  }
}
