package id.kinerja.reporting.rest;

import jakarta.ws.rs.HeaderParam;

import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The validators a client sends back on a conditional GET ({@link Conditional}). */
public class ConditionalHeaders {

  static final String ETAG_EXAMPLE = "\"3f2a9c0d5e7b41a8b6c1d2e3f4a5b6c7\"";
  static final String DATE_EXAMPLE = "Fri, 10 Jan 2025 03:00:00 GMT";

  @HeaderParam("If-None-Match")
  @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, example = ETAG_EXAMPLE,
      description = "ETag(s) of the copy the client holds (a comma-separated list, or *; W/ tags compare weakly): 304"
          + " Not Modified without a body when one matches the current answer. Decides alone when sent.")
  public String ifNoneMatch;

  @HeaderParam("If-Modified-Since")
  @Parameter(name = "If-Modified-Since", in = ParameterIn.HEADER, example = DATE_EXAMPLE,
      description = "HTTP date of the copy the client holds: 304 Not Modified when the figures shown have not changed"
          + " since (Last-Modified is not later). Ignored when If-None-Match is sent or the date is unreadable.")
  public String ifModifiedSince;
}
