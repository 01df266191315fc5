package nl.wegwijzer.content.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/** A news item with the date it appears under; {@code example} marks illustrative seed news. */
@Entity
@Table(name = "news_item", schema = "content")
@NamedQuery(
    name = "NewsItem.published",
    query =
        "select n from NewsItem n"
            + " where n.state = nl.wegwijzer.content.model.PublicationState.PUBLISHED"
            + " order by n.publishedOn desc, n.id desc")
@NamedQuery(
    name = "NewsItem.countPublished",
    query =
        "select count(n) from NewsItem n"
            + " where n.state = nl.wegwijzer.content.model.PublicationState.PUBLISHED")
@NamedQuery(name = "NewsItem.bySlug", query = "select n from NewsItem n where n.slug = :slug")
public class NewsItem extends Translatable {

  @Column(name = "published_on", nullable = false)
  private LocalDate publishedOn;

  @Column(nullable = false)
  private boolean example;

  protected NewsItem() {}

  public NewsItem(
      String slug,
      String title,
      String summary,
      String body,
      LocalDate publishedOn,
      boolean example) {
    super(slug, title, summary, body);
    this.example = example;
    redate(publishedOn);
  }

  public void redate(LocalDate date) {
    this.publishedOn = Objects.requireNonNull(date, "publishedOn");
  }

  public LocalDate publishedOn() {
    return publishedOn;
  }

  public boolean isExample() {
    return example;
  }

  /** Marks the item as illustrative (or not). */
  public void markExample(boolean isExample) {
    this.example = isExample;
  }
}
