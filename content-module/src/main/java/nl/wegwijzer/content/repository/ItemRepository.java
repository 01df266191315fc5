package nl.wegwijzer.content.repository;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import nl.wegwijzer.content.model.GuideItem;

/**
 * What the repositories of the guide's items share: finding one by its slug (each entity's named
 * query {@code Entity.bySlug}) and storing a new one.
 *
 * @param <T> the entity
 */
public abstract class ItemRepository<T extends GuideItem> {

  protected final EntityManager em;
  private final Class<T> type;

  protected ItemRepository(EntityManager em, Class<T> type) {
    this.em = em;
    this.type = type;
  }

  public Optional<T> findBySlug(String slug) {
    return em.createNamedQuery(type.getSimpleName() + ".bySlug", type)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public T add(T item) {
    em.persist(item);
    return item;
  }
}
