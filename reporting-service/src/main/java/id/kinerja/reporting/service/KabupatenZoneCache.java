package id.kinerja.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;

/** The kabupaten zones of this service's copy of planning.kabupaten.configured. */
@ApplicationScoped
public class KabupatenZoneCache extends id.kinerja.common.time.KabupatenZoneCache {

  @Override
  protected String query() {
    return "select kode, zona_waktu from kabupaten_copy";
  }
}
