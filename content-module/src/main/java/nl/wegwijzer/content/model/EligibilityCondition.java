package nl.wegwijzer.content.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import nl.wegwijzer.directory.support.InvalidInputException;

/**
 * One condition of a regulation: the visitor's answer for {@link #kind()} must be one of {@link
 * #allowedValues()}. Part of a {@link RuleVersion} of the {@link Regulation} aggregate.
 */
@Entity
@Table(name = "regulation_condition", schema = "content")
public class EligibilityCondition {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "rule_version_id", nullable = false)
  private RuleVersion rule;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ConditionKind kind;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "regulation_condition_value",
      schema = "content",
      joinColumns = @JoinColumn(name = "condition_id"))
  @Column(name = "allowed_value", length = 20)
  private Set<String> allowedValues = new TreeSet<>();

  protected EligibilityCondition() {}

  EligibilityCondition(RuleVersion rule, ConditionKind kind, Collection<String> allowed) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.kind = Objects.requireNonNull(kind, "kind");
    allow(allowed);
  }

  /** Replaces the answers that qualify; each must be one the question can have. */
  void allow(Collection<String> allowed) {
    if (allowed == null || allowed.isEmpty()) {
      throw new InvalidInputException(
          "conditions", kind.code() + ": a condition allows at least one answer");
    }
    Set<String> checked = new TreeSet<>();
    for (String value : allowed) {
      String code = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
      if (!kind.answers().contains(code)) {
        throw new InvalidInputException(
            "conditions",
            kind.code()
                + ": '"
                + value
                + "' is not an answer; use one of: "
                + String.join(", ", kind.answers()));
      }
      checked.add(code);
    }
    allowedValues.clear();
    allowedValues.addAll(checked);
  }

  public ConditionKind kind() {
    return kind;
  }

  public Set<String> allowedValues() {
    return Set.copyOf(allowedValues);
  }

  public boolean allows(String answer) {
    return allowedValues.contains(answer);
  }
}
