package nl.wegwijzer.web.redactie;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.wegwijzer.directory.service.PlaceService;
import nl.wegwijzer.directory.service.UnconfirmedAssignmentView;

/**
 * The editors' worklist of region assignments that no source confirms (directory V10): each
 * municipality with the region chosen for it and why, until a source settles it.
 */
@Named
@RequestScoped
public class RegionWorklistBacking {

  @Inject PlaceService places;

  private List<UnconfirmedAssignmentView> unconfirmed;

  public List<UnconfirmedAssignmentView> getUnconfirmed() {
    if (unconfirmed == null) {
      unconfirmed = places.unconfirmedAssignments();
    }
    return unconfirmed;
  }
}
