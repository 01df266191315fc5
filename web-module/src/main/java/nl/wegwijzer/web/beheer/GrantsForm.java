package nl.wegwijzer.web.beheer;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.wegwijzer.web.security.KeycloakUsers.UserDetails;

/**
 * A user's roles and regions as ticked on /beheer/gebruikers/{user} ({@code
 * #{userBacking.grants.roles}}), each list saved on its own.
 */
public class GrantsForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private List<String> roles = new ArrayList<>();
  private List<String> regions = new ArrayList<>();

  void fill(UserDetails details) {
    roles = new ArrayList<>(details.roles());
    regions = new ArrayList<>(details.regions());
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
  }

  public List<String> getRegions() {
    return regions;
  }

  public void setRegions(List<String> regions) {
    this.regions = regions == null ? new ArrayList<>() : new ArrayList<>(regions);
  }
}
