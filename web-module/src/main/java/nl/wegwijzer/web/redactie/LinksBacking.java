package nl.wegwijzer.web.redactie;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.wegwijzer.content.service.EditorialViews.BrokenLink;
import nl.wegwijzer.content.service.LinkCheck;
import nl.wegwijzer.web.http.Routes;

/** /redactie/links: internal links in published texts that lead to archived or missing pages. */
@Named
@RequestScoped
public class LinksBacking {

  @Inject LinkCheck linkCheck;

  private List<BrokenLink> links;

  public List<BrokenLink> getLinks() {
    if (links == null) {
      links = linkCheck.brokenLinks(Routes::isPage);
    }
    return links;
  }
}
