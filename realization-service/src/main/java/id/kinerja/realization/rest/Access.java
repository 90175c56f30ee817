package id.kinerja.realization.rest;

import java.time.Clock;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import id.kinerja.common.security.Caller;
import id.kinerja.common.security.Roles;
import id.kinerja.realization.service.Actor;

/**
 * The tenant and role checks of every endpoint, through {@link Caller}: another kabupaten's kecamatan is invisible
 * (404), another kecamatan of the same kabupaten is forbidden (403). Returns the acting user with the role that
 * authorised the action, for the audit trail and the events.
 */
@RequestScoped
class Access {

  @Inject
  Caller caller;

  @Inject
  Clock clock;

  void read(String kecamatan) {
    caller.requireRead(Paths.kabupaten(kecamatan), kecamatan);
  }

  /** Operators of the kecamatan enter, edit, submit and correct. */
  Actor operator(String kecamatan) {
    caller.requireKecamatanRole(Paths.kabupaten(kecamatan), kecamatan, Roles.OPERATOR);
    return new Actor(caller.user(), Roles.OPERATOR, clock.instant());
  }

  /** Verifiers (Camat, Sekcam) of the kecamatan verify and approve. */
  Actor verifier(String kecamatan) {
    caller.requireKecamatanRole(Paths.kabupaten(kecamatan), kecamatan, Roles.VERIFIER);
    return new Actor(caller.user(), Roles.VERIFIER, clock.instant());
  }

  /** Verifiers of the kecamatan, and Bagian Organisasi of its kabupaten, return. */
  Actor returner(String kecamatan) {
    caller.requireKecamatanRole(Paths.kabupaten(kecamatan), kecamatan, Roles.VERIFIER, Roles.BAGIAN_ORGANISASI);
    boolean verifier = caller.hasRole(Roles.VERIFIER) && kecamatan.equals(caller.kecamatan().orElse(null));
    return new Actor(caller.user(), verifier ? Roles.VERIFIER : Roles.BAGIAN_ORGANISASI, clock.instant());
  }

  String user() {
    return caller.user();
  }
}
