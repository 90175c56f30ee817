package id.kinerja.planning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Serialises the plan changes of one kabupaten: a change validates against the stored state and then writes, and
 * the published planVersi must increase by one per change; two concurrent changes must not interleave. Planning
 * edits are rare, so one transaction-scoped advisory lock per kabupaten is enough.
 */
@ApplicationScoped
public class PlanningLock {

  @Inject
  EntityManager em;

  public void kabupaten(String kabupatenKode) {
    em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
        .setParameter(1, "planning:" + kabupatenKode).getSingleResult();
  }
}
