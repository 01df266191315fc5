package nl.wegwijzer.web.coordinatie;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.wegwijzer.casework.network.PartnerService;
import nl.wegwijzer.casework.network.PartnerView;
import nl.wegwijzer.casework.service.CurrentActor;

/** The region's partners offered on a case page beside the referrals, read once per request. */
@Named
@RequestScoped
public class CaseNetworkBacking {

  @Inject PartnerService partners;
  @Inject CurrentActor actor;

  private List<PartnerView> offered;

  /**
   * The partners of the region, none when it is not one of the coordinator's (a case moved away).
   */
  public List<PartnerView> offered(String region) {
    if (offered == null) {
      offered =
          region != null && actor.actor().regions().contains(region)
              ? partners.offeredForReferral(actor.actor(), region)
              : List.of();
    }
    return offered;
  }
}
