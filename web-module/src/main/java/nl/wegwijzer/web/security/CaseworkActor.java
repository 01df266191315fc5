package nl.wegwijzer.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import nl.wegwijzer.casework.service.Actor;
import nl.wegwijzer.casework.service.CurrentActor;

/**
 * The casework's actor for this request: the logged-in user, with their regions only when they are
 * a coordinator. Anyone else has no regions and so sees no case data. Built anew from {@link
 * CurrentUser} at every call, so one instance serves every request.
 */
@ApplicationScoped
public class CaseworkActor implements CurrentActor {

  @Inject CurrentUser user;

  @Override
  public Actor actor() {
    String name = user.getName();
    if (name == null) {
      throw new IllegalStateException("casework needs a logged-in user");
    }
    return new Actor(
        name, user.hasRole(Role.COORDINATOR) ? new HashSet<>(user.getRegions()) : new HashSet<>());
  }
}
