package id.kinerja.planning.service;

import jakarta.enterprise.context.ApplicationScoped;

/** The kabupaten zones of planning's own kabupaten table. */
@ApplicationScoped
public class KabupatenZoneCache extends id.kinerja.common.time.KabupatenZoneCache {

  @Override
  protected String query() {
    return "select kode, zona_waktu from kabupaten";
  }
}
