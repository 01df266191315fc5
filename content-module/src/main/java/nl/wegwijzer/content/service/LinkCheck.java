package nl.wegwijzer.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.PublicPaths;
import nl.wegwijzer.content.model.PublicPaths.Address;
import nl.wegwijzer.content.model.Publishable;
import nl.wegwijzer.content.repository.RevisionRepository;
import nl.wegwijzer.content.service.EditorialViews.BrokenLink;

/**
 * The editors' check of the internal links in the published texts: a link to an item of the guide
 * or the directory is looked up by its address in {@link PublicPaths}, any other link is asked of
 * the site's pages.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LinkCheck {

  private static final Pattern INTERNAL_LINK = Pattern.compile("href=\"(/[^\"]*)\"");

  private final RevisionRepository revisions;
  private final EditableKinds kinds;

  protected LinkCheck() {
    this(null, null);
  }

  @Inject
  public LinkCheck(RevisionRepository revisions, EditableKinds kinds) {
    this.revisions = revisions;
    this.kinds = kinds;
  }

  /**
   * The internal links in the published texts that lead to an item that is archived or missing, or
   * to a page the site does not have ({@code otherPageExists} knows the site's other pages).
   */
  public List<BrokenLink> brokenLinks(Predicate<String> otherPageExists) {
    List<BrokenLink> broken = new ArrayList<>();
    for (Object[] row : revisions.publishedBodiesWithLinks()) {
      Matcher links = INTERNAL_LINK.matcher((String) row[2]);
      Set<String> seen = new LinkedHashSet<>();
      while (links.find()) {
        String href = links.group(1).replace("&amp;", "&");
        if (seen.add(href)) {
          String reason = problem(href, otherPageExists);
          if (reason != null) {
            broken.add(
                new BrokenLink(
                    EditorialKind.valueOf((String) row[0]).code(), (String) row[1], href, reason));
          }
        }
      }
    }
    return broken;
  }

  /** Why a site path leads nowhere (archived, missing), or null when it works. */
  private String problem(String href, Predicate<String> otherPageExists) {
    String path = href.replaceAll("[?#].*$", "").replaceAll("(.)/$", "$1");
    Optional<Address> address = PublicPaths.parse(path);
    if (address.isEmpty()) {
      return otherPageExists.test(path.isEmpty() ? "/" : path) ? null : "missing";
    }
    Optional<? extends Publishable> item = live(address.get());
    if (item.isEmpty()) {
      return "missing";
    }
    if (item.get().isPublished()) {
      return null;
    }
    // An organisation's profile that is not published has no page at all; an archived article
    // is kept, and the editors may publish it again.
    return address.get().paths() == PublicPaths.ORGANISATION ? "missing" : "archived";
  }

  private Optional<? extends Publishable> live(Address address) {
    if (address.phase() != null) {
      return kinds
          .steps()
          .live(address.slug())
          .filter(step -> step.phase().slug().equals(address.phase()));
    }
    return kinds.of(address.paths().kind()).live(address.slug());
  }
}
