package nl.wegwijzer.web.guide;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import nl.wegwijzer.directory.model.OrganisationSummary;
import nl.wegwijzer.directory.service.DirectoryQuery;
import nl.wegwijzer.directory.service.OrganisationDirectory;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;

/** The organisations that help with a step's care needs, near the visitor when a place is known. */
@ApplicationScoped
public class HelpingOrganisations {

  private static final int PER_NEED = 3;

  @Inject OrganisationDirectory directory;

  /** Per care need: the first few organisations and how many there are in all. */
  public record NeedOrganisations(String need, List<OrganisationSummary> first, long total) {}

  public List<NeedOrganisations> forNeeds(List<String> needs, String municipality, String age) {
    List<NeedOrganisations> result = new ArrayList<>();
    for (String need : needs) {
      try {
        Page<OrganisationSummary> page =
            directory.search(
                new DirectoryQuery(
                    null, need, null, municipality, age, null, null, null, null, null),
                PageRequest.first(PER_NEED));
        result.add(new NeedOrganisations(need, page.items(), page.totalItems()));
      } catch (InvalidInputException unknownPlace) {
        Page<OrganisationSummary> page =
            directory.search(
                new DirectoryQuery(null, need, null, null, age, null, null, null, null, null),
                PageRequest.first(PER_NEED));
        result.add(new NeedOrganisations(need, page.items(), page.totalItems()));
      }
    }
    return result;
  }
}
