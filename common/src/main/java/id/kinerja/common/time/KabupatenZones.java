package id.kinerja.common.time;

import java.util.Optional;

/**
 * Each service knows its kabupaten (planning owns them, the others keep copies from planning's events) and tells
 * the time zone of one by its code; the request's timestamps and texts are written in it.
 */
public interface KabupatenZones {

  Optional<ZonaWaktu> zonaWaktu(String kabupatenKode);
}
