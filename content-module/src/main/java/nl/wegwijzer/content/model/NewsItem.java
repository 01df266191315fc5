package nl.wegwijzer.content.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import nl.wegwijzer.directory.model.Slugs;
import nl.wegwijzer.directory.model.Text;

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
public class NewsItem extends Publishable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 120)
  private String slug;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false)
  private String summary;

  @Column(nullable = false)
  private String body;

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
    this.slug = Slugs.requireSlug(slug, "slug");
    this.example = example;
    rewrite(title, summary, body);
    redate(publishedOn);
  }

  public void rewrite(String newTitle, String newSummary, String newBody) {
    this.title = Text.required(newTitle, "title", Limits.TITLE);
    this.summary = Text.required(newSummary, "summary", Limits.SUMMARY);
    this.body =
        Text.required(
            SimpleHtml.sanitise(Text.required(newBody, "body", Limits.BODY)), "body", Limits.BODY);
  }

  public void redate(LocalDate date) {
    this.publishedOn = Objects.requireNonNull(date, "publishedOn");
  }

  public Long id() {
    return id;
  }

  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }

  public String summary() {
    return summary;
  }

  public String body() {
    return body;
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
