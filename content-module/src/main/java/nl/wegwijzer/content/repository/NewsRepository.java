package nl.wegwijzer.content.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wegwijzer.content.model.NewsItem;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;

/** News items, newest first; the list grows, so it is paged in SQL. */
@ApplicationScoped
public class NewsRepository extends ItemRepository<NewsItem> {

  protected NewsRepository() {
    this(null);
  }

  @Inject
  public NewsRepository(EntityManager em) {
    super(em, NewsItem.class);
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
}
