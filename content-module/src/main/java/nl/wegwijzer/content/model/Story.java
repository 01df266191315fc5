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
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.model.Slugs;
import nl.wegwijzer.directory.model.Text;
import nl.wegwijzer.directory.support.InvalidInputException;

/**
 * A victim's story in the first person, anonymised. {@code example} marks a story written to
 * illustrate (not a real person's), which screens must say.
 */
@Entity
@Table(name = "story", schema = "content")
@NamedQuery(
    name = "Story.published",
    query =
        "select s from Story s"
            + " where s.state = nl.wegwijzer.content.model.PublicationState.PUBLISHED"
            + " order by s.position, s.title")
@NamedQuery(name = "Story.bySlug", query = "select s from Story s where s.slug = :slug")
public class Story extends Translatable {

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

  @Enumerated(EnumType.STRING)
  @Column(length = 10)
  private ExploitationForm form;

  @Column(nullable = false)
  private boolean example;

  @Column(nullable = false)
  private int position;

  protected Story() {}

  public Story(
      String slug,
      String title,
      String summary,
      String body,
      ExploitationForm form,
      boolean example,
      int position) {
    this.slug = Slugs.requireSlug(slug, "slug");
    this.form = form;
    this.example = example;
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

  public String title() {
    return title;
  }

  public String summary() {
    return summary;
  }

  public String body() {
    return body;
  }

  /** The form of exploitation the story is about, or null. */
  public ExploitationForm form() {
    return form;
  }

  public int position() {
    return position;
  }

  public boolean isExample() {
    return example;
  }

  /** Sets the form of exploitation (or null), whether it is an example, and its position. */
  public void classify(ExploitationForm newForm, boolean isExample, int newPosition) {
    if (newPosition < 1) {
      throw new InvalidInputException("position", "starts at 1");
    }
    this.form = newForm;
    this.example = isExample;
    this.position = newPosition;
  }
}
