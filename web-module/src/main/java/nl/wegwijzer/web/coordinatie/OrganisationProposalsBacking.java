package nl.wegwijzer.web.coordinatie;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wegwijzer.content.model.Revision;
import nl.wegwijzer.content.service.OrganisationProposals;
import nl.wegwijzer.content.service.RevisionView;
import nl.wegwijzer.directory.model.OrganisationSummary;
import nl.wegwijzer.directory.service.DirectoryQuery;
import nl.wegwijzer.directory.service.OrganisationDirectory;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.web.security.CurrentUser;

/**
 * /coordinatie/voorstellen: the organisations serving the coordinator's regions, each with its way
 * to propose a correction, the way to propose a new one, and the proposals sent with where the
 * editors left them (in review, published, or sent back with the reviewer's note).
 */
@Named
@RequestScoped
public class OrganisationProposalsBacking {

  /** The most organisations of a region listed; a region has far fewer. */
  static final int PER_REGION = 100;

  @Inject OrganisationProposals proposals;
  @Inject OrganisationDirectory directory;
  @Inject CurrentUser user;

  private List<RevisionView> sent;
  private List<OrganisationSummary> organisations;

  public List<RevisionView> getSent() {
    if (sent == null) {
      sent = proposals.sentBy(user.getName());
    }
    return sent;
  }

  /** The organisations a coordinator may correct: those whose services reach their regions. */
  public List<OrganisationSummary> getOrganisations() {
    if (organisations == null) {
      Set<String> regions = new HashSet<>(user.getRegions());
      Map<String, OrganisationSummary> found = new LinkedHashMap<>();
      for (String region : regions) {
        directory
            .search(
                new DirectoryQuery(null, null, region, null, null, null, null, null, null, null),
                PageRequest.first(PER_REGION))
            .items()
            .forEach(o -> found.putIfAbsent(o.slug(), o));
      }
      organisations =
          found.values().stream().filter(o -> proposals.mayCorrect(o.slug(), regions)).toList();
    }
    return organisations;
  }

  /**
   * Where a proposal stands for its writer: "in-review", "scheduled", "published" (also when a
   * later version replaced it), or "sent-back" (a draft again, with the reviewer's note).
   */
  public String state(RevisionView proposal) {
    return switch (proposal.state()) {
      case "draft" -> "sent-back";
      case "superseded" -> "published";
      default -> proposal.state();
    };
  }

  /** The name the proposal gives the organisation. */
  public String title(RevisionView proposal) {
    String name = proposal.fields().get("name");
    return name == null ? proposal.slug() : name;
  }

  public String note(RevisionView proposal) {
    return proposal.fields().get(Revision.PROPOSAL_NOTE);
  }
}
