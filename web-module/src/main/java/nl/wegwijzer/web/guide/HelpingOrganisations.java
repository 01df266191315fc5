package nl.wegwijzer.web.guide;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.wegwijzer.directory.model.NearbyHelp;
import nl.wegwijzer.directory.service.HelpQuery;
import nl.wegwijzer.directory.service.OrganisationDirectory;
import nl.wegwijzer.directory.support.InvalidInputException;

/**
 * The organisations that help with a step's care needs, nearest first when a place is known, else
 * the national ones. The tailored route asks the same of the directory, with the person's profile.
 */
@ApplicationScoped
public class HelpingOrganisations {

  private static final int PER_NEED = 3;

  @Inject OrganisationDirectory directory;

  /** Per care need: the first few organisations and how many there are in all. */
  public List<NearbyHelp> forNeeds(List<String> needs, String municipality) {
    try {
      return directory.nearby(query(needs, municipality), PER_NEED);
    } catch (InvalidInputException unknownPlace) {
      // The place is typed in the step's side box: an unknown one shows the national help.
      return directory.nearby(query(needs, null), PER_NEED);
    }
  }

  private static HelpQuery query(List<String> needs, String municipality) {
    return new HelpQuery(needs, municipality, null, null, null, List.of(), List.of(), false);
  }
}
