package nl.wegwijzer.content.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.wegwijzer.directory.model.Slugs;
import nl.wegwijzer.directory.model.Text;

/**
 * A right or regulation for victims (the reflection period, the residence permit, free legal aid,
 * …). Who it is for is data: its eligibility conditions, which editors change without a release.
 */
@Entity
@Table(name = "regulation", schema = "content")
@NamedQuery(
    name = "Regulation.published",
    query =
        "select r from Regulation r"
            + " where r.state = nl.wegwijzer.content.model.PublicationState.PUBLISHED"
            + " order by r.title")
@NamedQuery(name = "Regulation.bySlug", query = "select r from Regulation r where r.slug = :slug")
public class Regulation extends Translatable {

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

  @Column(name = "legal_basis", length = 500)
  private String legalBasis;

  @OneToMany(
      mappedBy = "regulation",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  private List<EligibilityCondition> conditions = new ArrayList<>();

  protected Regulation() {}

  public Regulation(String slug, String title, String summary, String body, String legalBasis) {
    this.slug = Slugs.requireSlug(slug, "slug");
    rewrite(title, summary, body, legalBasis);
  }

  public void rewrite(String newTitle, String newSummary, String newBody, String newLegalBasis) {
    this.title = Text.required(newTitle, "title", Limits.TITLE);
    this.summary = Text.required(newSummary, "summary", Limits.SUMMARY);
    String cleaned = SimpleHtml.sanitise(Text.required(newBody, "body", Limits.BODY));
    this.body = Text.required(cleaned, "body", Limits.BODY);
    this.legalBasis = Text.optional(newLegalBasis, "legalBasis", Limits.LEGAL_BASIS);
  }

  /**
   * Sets who the regulation is for: per kind, the answers that qualify. A kind that is left out
   * does not limit the regulation; no conditions at all means it is for every victim.
   */
  public void replaceConditions(Map<ConditionKind, Set<String>> allowedByKind) {
    // Changed in place per kind, so that a kind never has two rows (unique per regulation) in the
    // middle of a flush.
    conditions.removeIf(c -> !allowedByKind.containsKey(c.kind()));
    allowedByKind.forEach(
        (kind, allowed) -> {
          EligibilityCondition existing =
              conditions.stream().filter(c -> c.kind() == kind).findFirst().orElse(null);
          if (existing == null) {
            conditions.add(new EligibilityCondition(this, kind, allowed));
          } else {
            existing.allow(allowed);
          }
        });
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

  /** Sanitised simple HTML. */
  public String body() {
    return body;
  }

  public String legalBasis() {
    return legalBasis;
  }

  /** The conditions in the fixed order of their kinds. */
  public List<EligibilityCondition> conditions() {
    return conditions.stream().sorted(Comparator.comparing(EligibilityCondition::kind)).toList();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Regulation regulation && Objects.equals(slug, regulation.slug);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(slug);
  }
}
