package nl.wegwijzer.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** {@code GET /api/me}: who the bearer token belongs to; 401 without a valid token. */
@Path("me")
@SecurityRequirement(name = "bearer")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  /** The caller as the API describes it. */
  public record Caller(String userName, List<String> roles, List<String> regions) {}

  @Inject CurrentUser user;

  @GET
  public Caller me() {
    if (!user.isLoggedIn()) {
      throw new NotAuthorizedException("Bearer realm=\"wegwijzer\"");
    }
    return new Caller(user.getName(), user.getRoles(), user.getRegions());
  }
}
