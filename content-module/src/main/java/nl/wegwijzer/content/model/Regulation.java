package nl.wegwijzer.content.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    super(slug, title, summary, body);
    cite(legalBasis);
  }

  public void rewrite(String newTitle, String newSummary, String newBody, String newLegalBasis) {
    rewrite(newTitle, newSummary, newBody);
    cite(newLegalBasis);
  }

  /** Sets the law or rule the regulation rests on (optional). */
  public void cite(String newLegalBasis) {
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

  public String legalBasis() {
    return legalBasis;
  }

  /** The conditions in the fixed order of their kinds. */
  public List<EligibilityCondition> conditions() {
    return conditions.stream().sorted(Comparator.comparing(EligibilityCondition::kind)).toList();
  }
}
