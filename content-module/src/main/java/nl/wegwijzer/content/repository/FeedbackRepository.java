package nl.wegwijzer.content.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import nl.wegwijzer.content.model.PageFeedback;

/** The visitors' "was this page useful" answers. */
@ApplicationScoped
public class FeedbackRepository {

  private static final int MAX_LISTED = 500;

  private final EntityManager em;

  protected FeedbackRepository() {
    this.em = null;
  }

  @Inject
  public FeedbackRepository(EntityManager em) {
    this.em = em;
  }

  public PageFeedback add(PageFeedback feedback) {
    em.persist(feedback);
    return feedback;
  }

  /** The newest answers about one page (at most 500). */
  public List<PageFeedback> forPage(String page) {
    return em.createNamedQuery("PageFeedback.forPage", PageFeedback.class)
        .setParameter("page", page)
        .setMaxResults(MAX_LISTED)
        .getResultList();
  }
}
