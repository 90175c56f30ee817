package id.kinerja.planning.rest;

import jakarta.inject.Inject;

import id.kinerja.common.security.Caller;
import id.kinerja.planning.service.KabupatenZoneCache;
import id.kinerja.planning.service.StoredPlans;

/**
 * What the planning resources share: who is calling, the stored documents their views are read from, and the
 * kabupaten's time zones the views show times in.
 */
abstract class PlanningResource {

  @Inject
  Caller caller;

  @Inject
  StoredPlans stored;

  @Inject
  KabupatenZoneCache zones;
}
