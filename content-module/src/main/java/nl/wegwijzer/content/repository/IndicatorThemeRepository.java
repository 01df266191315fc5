package nl.wegwijzer.content.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import nl.wegwijzer.content.model.IndicatorTheme;

/** The indicator list: themes with their indicators. */
@ApplicationScoped
public class IndicatorThemeRepository extends ItemRepository<IndicatorTheme> {

  protected IndicatorThemeRepository() {
    this(null);
  }

  @Inject
  public IndicatorThemeRepository(EntityManager em) {
    super(em, IndicatorTheme.class);
  }

  /** The published ones, in the order the public sees them. */
  public List<IndicatorTheme> published() {
    return em.createNamedQuery("IndicatorTheme.published", IndicatorTheme.class).getResultList();
  }

  /** Which of these codes are on the published indicator list: one query, whatever the list. */
  public Set<String> publishedCodesAmong(Collection<String> codes) {
    if (codes.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(
        em.createQuery(
                "select i.code from IndicatorTheme t join t.indicators i"
                    + " where t.state = nl.wegwijzer.content.model.PublicationState.PUBLISHED"
                    + " and i.code in :codes",
                String.class)
            .setParameter("codes", codes)
            .getResultList());
  }

  /** The indicator codes in use by other themes than this one (codes are unique in the list). */
  public List<String> codesOutside(String themeSlug) {
    return em.createQuery(
            "select i.code from IndicatorTheme t join t.indicators i where t.slug <> :slug",
            String.class)
        .setParameter("slug", themeSlug)
        .getResultList();
  }
}
