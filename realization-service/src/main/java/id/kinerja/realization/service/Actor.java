package id.kinerja.realization.service;

import java.time.Instant;

/** Who acts, in which role (the role that authorised the action), and the one instant of the request. */
public record Actor(String user, String peran, Instant now) {
}
