package nl.wegwijzer.content.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import nl.wegwijzer.content.model.Story;

/** Victims' stories. */
@ApplicationScoped
public class StoryRepository extends ItemRepository<Story> {

  protected StoryRepository() {
    this(null);
  }

  @Inject
  public StoryRepository(EntityManager em) {
    super(em, Story.class);
  }

  /** The published ones, in the order the public sees them. */
  public List<Story> published() {
    return em.createNamedQuery("Story.published", Story.class).getResultList();
  }
}
