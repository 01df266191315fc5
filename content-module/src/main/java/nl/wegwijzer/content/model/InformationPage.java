package nl.wegwijzer.content.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
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

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Audience audience;

  @Column(nullable = false)
  private int position;

  protected InformationPage() {}

  public InformationPage(
      String slug, Audience audience, int position, String title, String summary, String body) {
    super(slug, title, summary, body);
    this.audience = Objects.requireNonNull(audience, "audience");
    this.position = position;
  }

  public Audience audience() {
    return audience;
  }

  public int position() {
    return position;
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
