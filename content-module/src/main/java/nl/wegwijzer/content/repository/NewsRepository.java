package nl.wegwijzer.content.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import nl.wegwijzer.content.model.NewsItem;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;

/** News items, newest first; the list grows, so it is paged in SQL. */
@ApplicationScoped
public class NewsRepository {

  private final EntityManager em;

  protected NewsRepository() {
    this.em = null;
  }

  @Inject
  public NewsRepository(EntityManager em) {
    this.em = em;
  }

  public Page<NewsItem> published(PageRequest page) {
    long total = em.createNamedQuery("NewsItem.countPublished", Long.class).getSingleResult();
    return new Page<>(
        em.createNamedQuery("NewsItem.published", NewsItem.class)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList(),
        page.number(),
        page.size(),
        total);
  }

  public Optional<NewsItem> findBySlug(String slug) {
    return em.createNamedQuery("NewsItem.bySlug", NewsItem.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public NewsItem add(NewsItem item) {
    em.persist(item);
    return item;
  }
}
