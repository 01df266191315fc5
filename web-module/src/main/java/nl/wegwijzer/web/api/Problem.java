package nl.wegwijzer.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem detail. The API answers every error with one of these, and never with a stack
 * trace.
 *
 * @param field the request parameter the problem is about, if any (an extension member)
 */
public record Problem(
    String type, String title, int status, String detail, String instance, String field) {

  public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(this).build();
  }
}
