package nl.wegwijzer.content.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import nl.wegwijzer.directory.model.ExploitationForm;
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
    super(slug, title, summary, body);
    this.form = form;
    this.example = example;
    this.position = position;
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
