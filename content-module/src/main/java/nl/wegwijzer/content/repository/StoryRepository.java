package nl.wegwijzer.content.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import nl.wegwijzer.content.model.Story;

/** Victims' stories. */
@ApplicationScoped
public class StoryRepository {

  private final EntityManager em;

  protected StoryRepository() {
    this.em = null;
  }

  @Inject
  public StoryRepository(EntityManager em) {
    this.em = em;
  }

  /** The published ones, in the order the public sees them. */
  public List<Story> published() {
    return em.createNamedQuery("Story.published", Story.class).getResultList();
  }

  public Optional<Story> findBySlug(String slug) {
    return em.createNamedQuery("Story.bySlug", Story.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public Story add(Story story) {
    em.persist(story);
    return story;
  }
}
