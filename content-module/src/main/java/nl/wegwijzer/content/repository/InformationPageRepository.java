package nl.wegwijzer.content.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import nl.wegwijzer.content.model.Audience;
import nl.wegwijzer.content.model.InformationPage;

/** Information pages by audience. */
@ApplicationScoped
public class InformationPageRepository {

  private final EntityManager em;

  protected InformationPageRepository() {
    this.em = null;
  }

  @Inject
  public InformationPageRepository(EntityManager em) {
    this.em = em;
  }

  public List<InformationPage> publishedFor(Audience audience) {
    return em.createNamedQuery("InformationPage.publishedFor", InformationPage.class)
        .setParameter("audience", audience)
        .getResultList();
  }

  public Optional<InformationPage> findBySlug(String slug) {
    return em.createNamedQuery("InformationPage.bySlug", InformationPage.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public InformationPage add(InformationPage page) {
    em.persist(page);
    return page;
  }
}
