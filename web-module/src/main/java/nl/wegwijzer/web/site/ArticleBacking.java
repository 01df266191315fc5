package nl.wegwijzer.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wegwijzer.content.model.PublicPaths;
import nl.wegwijzer.content.service.GuideService;
import nl.wegwijzer.content.service.InformationService;
import nl.wegwijzer.content.service.RegulationView;
import nl.wegwijzer.directory.support.NotFoundException;

/**
 * A piece of guide text with a readable URL: a right or regulation (/rechten/…), an information
 * page (/informatie/…), a form of exploitation (/vormen/…), a story (/verhalen/…) or news
 * (/nieuws/…).
 */
@Named
@RequestScoped
public class ArticleBacking {

  /** What the page shows, whatever its kind. */
  public record Article(
      String kind,
      String title,
      String summary,
      String body,
      boolean example,
      RegulationView regulation,
      boolean inDutchOnly) {}

  @Inject GuideService guide;
  @Inject InformationService information;

  private String kind;
  private String slug;
  private Article article;

  /** An information page's audience (victims, citizens, …): the next step it offers; else null. */
  private String audience;

  public void load() {
    PublicPaths paths =
        PublicPaths.ofArticleSection(kind)
            .orElseThrow(() -> new NotFoundException("page", kind + "/" + slug));
    article =
        switch (paths) {
          case REGULATION -> {
            RegulationView r = guide.regulation(slug);
            yield new Article(kind, r.title(), r.summary(), r.body(), false, r, r.inDutchOnly());
          }
          case INFORMATION_PAGE -> {
            var p = information.page(slug);
            audience = p.audience();
            yield new Article(kind, p.title(), p.summary(), p.body(), false, null, p.inDutchOnly());
          }
          case FORM_PAGE -> {
            var f = information.exploitationForm(slug);
            yield new Article(kind, f.title(), f.summary(), f.body(), false, null, f.inDutchOnly());
          }
          case STORY -> {
            var s = information.story(slug);
            yield new Article(
                kind, s.title(), s.summary(), s.body(), s.example(), null, s.inDutchOnly());
          }
          case NEWS -> {
            var n = information.newsItem(slug);
            yield new Article(
                kind, n.title(), n.summary(), n.body(), n.example(), null, n.inDutchOnly());
          }
          default -> throw new IllegalStateException("not an article: " + paths);
        };
  }

  public String getAudience() {
    return audience;
  }

  public Article getArticle() {
    return article;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }
}
