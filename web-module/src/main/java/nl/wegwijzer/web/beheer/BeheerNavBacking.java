package nl.wegwijzer.web.beheer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wegwijzer.web.security.UserAdministration;

/** The administrators' navigation: how many proposals wait for a second administrator. */
@Named
@RequestScoped
public class BeheerNavBacking {

  @Inject UserAdministration users;

  private Long openProposals;

  public long getOpenProposals() {
    if (openProposals == null) {
      openProposals = users.openProposalCount();
    }
    return openProposals;
  }
}
