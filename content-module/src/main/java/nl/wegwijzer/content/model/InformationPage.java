package nl.wegwijzer.content.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import nl.wegwijzer.directory.model.Slugs;
import nl.wegwijzer.directory.model.Text;
import nl.wegwijzer.directory.support.InvalidInputException;

/** A page of background information for one audience: victims, citizens, professionals, about. */
@Entity
@Table(name = "information_page", schema = "content")
@NamedQuery(
    name = "InformationPage.publishedFor",
    query =
        "select p from InformationPage p where p.audience = :audience"
            + " and p.state = nl.wegwijzer.content.model.PublicationState.PUBLISHED"
            + " order by p.position, p.title")
@NamedQuery(
    name = "InformationPage.bySlug",
    query = "select p from InformationPage p where p.slug = :slug")
public class InformationPage extends Translatable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 120)
  private String slug;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Audience audience;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false)
  private String summary;

  @Column(nullable = false)
  private String body;

  protected InformationPage() {}

  public InformationPage(
      String slug, Audience audience, int position, String title, String summary, String body) {
    this.slug = Slugs.requireSlug(slug, "slug");
    this.audience = Objects.requireNonNull(audience, "audience");
    this.position = position;
    rewrite(title, summary, body);
  }

  public void rewrite(String newTitle, String newSummary, String newBody) {
    this.title = Text.required(newTitle, "title", Limits.TITLE);
    this.summary = Text.required(newSummary, "summary", Limits.SUMMARY);
    this.body =
        Text.required(
            SimpleHtml.sanitise(Text.required(newBody, "body", Limits.BODY)), "body", Limits.BODY);
  }

  public Long id() {
    return id;
  }

  public String slug() {
    return slug;
  }

  public Audience audience() {
    return audience;
  }

  public int position() {
    return position;
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

  /** Puts the page in an audience's list at a position. */
  public void place(Audience newAudience, int newPosition) {
    this.audience = Objects.requireNonNull(newAudience, "audience");
    if (newPosition < 1) {
      throw new InvalidInputException("position", "starts at 1");
    }
    this.position = newPosition;
  }
}
