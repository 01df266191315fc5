package nl.wegwijzer.content.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import nl.wegwijzer.content.model.Audience;
import nl.wegwijzer.content.model.InformationPage;

/** Information pages by audience. */
@ApplicationScoped
public class InformationPageRepository extends ItemRepository<InformationPage> {

  protected InformationPageRepository() {
    this(null);
  }

  @Inject
  public InformationPageRepository(EntityManager em) {
    super(em, InformationPage.class);
  }

  public List<InformationPage> publishedFor(Audience audience) {
    return em.createNamedQuery("InformationPage.publishedFor", InformationPage.class)
        .setParameter("audience", audience)
        .getResultList();
  }
}
