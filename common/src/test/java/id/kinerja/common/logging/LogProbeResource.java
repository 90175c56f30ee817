package id.kinerja.common.logging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.logging.Logger;

/** A test endpoint that writes one log line, for {@link JsonLogLineTest}. */
@Path("/uji-log/kecamatan/{kecamatanKode}/tahun/{tahun}")
public class LogProbeResource {

  static final Logger LOG = Logger.getLogger(LogProbeResource.class);

  @GET
  @RolesAllowed("operator")
  @Produces(MediaType.TEXT_PLAIN)
  public String probe(@PathParam("kecamatanKode") String kecamatan, @PathParam("tahun") int tahun) {
    LOG.infof("probe %s %d", kecamatan, tahun);
    return "ok";
  }
}
