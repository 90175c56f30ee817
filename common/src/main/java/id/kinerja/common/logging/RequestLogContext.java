package id.kinerja.common.logging;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Puts the request's kabupaten and kecamatan (from its path parameters: any value that is a kode wilayah) and the
 * caller into the log context of every line the request writes, and removes them when the answer is written. The
 * context follows the request across threads (Quarkus keeps the MDC in the request's Vert.x context).
 * <p>
 * The caller is the verified token's: the identity is resolved here as the endpoint's role check would resolve it
 * (once; the check reuses it). A refused token leaves the field empty and is answered 401 as before.
 */
public class RequestLogContext {

  @Inject
  CurrentIdentityAssociation identity;

  @ServerRequestFilter
  public Uni<Void> put(UriInfo uri) {
    LogContext.clear();
    uri.getPathParameters().values().forEach(values -> values.forEach(LogContext::tenant));
    return identity.getDeferredIdentity().onItemOrFailure().invoke((SecurityIdentity who, Throwable refused) -> {
      if (who != null && !who.isAnonymous() && who.getPrincipal() != null) {
        LogContext.user(who.getPrincipal().getName());
      }
    }).onFailure().recoverWithNull().replaceWithVoid();
  }

  @ServerResponseFilter
  public void clear() {
    LogContext.clear();
  }
}
