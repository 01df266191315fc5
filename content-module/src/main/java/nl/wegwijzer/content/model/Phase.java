package nl.wegwijzer.content.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import nl.wegwijzer.directory.model.Text;

/**
 * One of the four phases of support (signaleren, beschermen, strafrechtelijk proces, compensatie).
 * The phases and their order are fixed by the domain and the database; editors change only their
 * wording. A phase has no publication state: without it the guide has no structure.
 */
@Entity
@Table(name = "phase", schema = "content")
@NamedQuery(name = "Phase.all", query = "select p from Phase p order by p.position")
@NamedQuery(name = "Phase.bySlug", query = "select p from Phase p where p.slug = :slug")
public class Phase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 40)
  private String slug;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false)
  private String summary;

  @Column(name = "title_en", length = 200)
  private String titleEn;

  @Column(name = "summary_en")
  private String summaryEn;

  @Version private long version;

  protected Phase() {}

  public Long id() {
    return id;
  }

  public String slug() {
    return slug;
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

  /** The English title, or null when there is none yet. */
  public String titleEn() {
    return titleEn;
  }

  public String summaryEn() {
    return summaryEn;
  }

  public long version() {
    return version;
  }

  public void describe(String newTitle, String newSummary) {
    this.title = Text.required(newTitle, "title", Limits.TITLE);
    this.summary = Text.required(newSummary, "summary", Limits.SUMMARY);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Phase phase && Objects.equals(slug, phase.slug);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(slug);
  }
}
