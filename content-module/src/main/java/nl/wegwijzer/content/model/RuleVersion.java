package nl.wegwijzer.content.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import nl.wegwijzer.directory.model.Text;
import nl.wegwijzer.directory.support.InvalidInputException;

/**
 * One version of the rule behind a regulation: from which day to which day it holds, who it is for
 * (its conditions), the deadlines it sets and its legal basis, with the day an editor last checked
 * it against the law. A change in the law is a new version from its own date, never an edit of the
 * old one, so that a route or a deadline of an earlier date is still computed as it was. Part of
 * the {@link Regulation} aggregate.
 */
@Entity
@Table(name = "rule_version", schema = "content")
public class RuleVersion {

  public static final int MAX_LABEL = 40;
  public static final int MAX_SOURCE = 500;
  private static final Pattern LABEL = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9./-]*$");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "regulation_id", nullable = false)
  private Regulation regulation;

  @Column(nullable = false, length = MAX_LABEL)
  private String label;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_until")
  private LocalDate validUntil;

  @Column(name = "legal_basis", length = Limits.LEGAL_BASIS)
  private String legalBasis;

  /** The legal basis for an English reader: an English gloss with the Dutch names in brackets. */
  @Column(name = "legal_basis_en", length = Limits.LEGAL_BASIS)
  private String legalBasisEn;

  @Column(length = MAX_SOURCE)
  private String source;

  @Column(name = "checked_on")
  private LocalDate checkedOn;

  @OneToMany(
      mappedBy = "rule",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  private List<EligibilityCondition> conditions = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "rule_deadline",
      schema = "content",
      joinColumns = @JoinColumn(name = "rule_version_id"))
  @MapKeyColumn(name = "kind", length = 30)
  @MapKeyEnumerated(EnumType.STRING)
  @Column(name = "period", length = 20)
  private Map<DeadlineKind, String> deadlines = new TreeMap<>();

  protected RuleVersion() {}

  RuleVersion(Regulation regulation, String label, LocalDate validFrom) {
    this.regulation = Objects.requireNonNull(regulation, "regulation");
    this.label = labelOf(label);
    this.validFrom = Objects.requireNonNull(validFrom, "validFrom");
  }

  static String labelOf(String label) {
    String checked = Text.required(label, "ruleVersion", MAX_LABEL);
    if (!LABEL.matcher(checked).matches()) {
      throw new InvalidInputException(
          "ruleVersion", "letters, digits and . / - only, such as B8/3-2023");
    }
    return checked;
  }

  /** Whether this version holds on {@code day}. */
  public boolean holdsOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
  }

  /** A newer version takes over from {@code successorFrom}: this one ends the day before. */
  void endBefore(LocalDate successorFrom) {
    this.validUntil = successorFrom.minusDays(1);
  }

  void moveStart(LocalDate newFrom) {
    this.validFrom = Objects.requireNonNull(newFrom, "validFrom");
  }

  /**
   * Sets the legal basis, where it was looked up and the day it was last checked against the law.
   */
  void cite(
      String newLegalBasis, String newLegalBasisEn, String newSource, LocalDate newCheckedOn) {
    this.legalBasis = Text.optional(newLegalBasis, "legalBasis", Limits.LEGAL_BASIS);
    this.legalBasisEn = Text.optional(newLegalBasisEn, "legalBasisEn", Limits.LEGAL_BASIS);
    this.source = Text.optional(newSource, "ruleSource", MAX_SOURCE);
    this.checkedOn = newCheckedOn;
  }

  /** Sets the deadlines; a kind left out sets none. Periods are ISO-8601 (P3M, P30D, P1Y). */
  void setDeadlines(Map<DeadlineKind, String> periods) {
    Map<DeadlineKind, String> checked = new TreeMap<>();
    periods.forEach(
        (kind, period) -> {
          if (period != null && !period.isBlank()) {
            checked.put(kind, periodOf(kind, period.strip()).toString());
          }
        });
    deadlines.clear();
    deadlines.putAll(checked);
  }

  private static Period periodOf(DeadlineKind kind, String period) {
    try {
      Period parsed = Period.parse(period);
      if (parsed.isNegative() || parsed.isZero()) {
        throw new InvalidInputException(deadlineField(kind), "is not a positive period");
      }
      return parsed;
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          deadlineField(kind), "'" + period + "' is not a period such as P3M or P30D");
    }
  }

  /** The editing field of one kind of deadline ('deadlineReflectionPeriod', …). */
  public static String deadlineField(DeadlineKind kind) {
    StringBuilder name = new StringBuilder("deadline");
    for (String part : kind.name().split("_")) {
      name.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
    }
    return name.toString();
  }

  /** Per kind, the answers that qualify; see {@link Regulation#replaceConditions(Map)}. */
  void replaceConditions(Map<ConditionKind, Set<String>> allowedByKind) {
    // Changed in place per kind, so that a kind never has two rows (unique per version) in the
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

  Map<ConditionKind, Set<String>> allowedByKind() {
    Map<ConditionKind, Set<String>> copy = new EnumMap<>(ConditionKind.class);
    conditions.forEach(c -> copy.put(c.kind(), c.allowedValues()));
    return copy;
  }

  public String label() {
    return label;
  }

  public LocalDate validFrom() {
    return validFrom;
  }

  /** The last day it holds; null while no newer version replaces it. */
  public LocalDate validUntil() {
    return validUntil;
  }

  public String legalBasis() {
    return legalBasis;
  }

  /** The legal basis in English (the Dutch names in brackets), or null when there is none. */
  public String legalBasisEn() {
    return legalBasisEn;
  }

  public String source() {
    return source;
  }

  /** The day an editor last checked this version against the law; null when never checked. */
  public LocalDate checkedOn() {
    return checkedOn;
  }

  /** The conditions in the fixed order of their kinds. */
  public List<EligibilityCondition> conditions() {
    return conditions.stream().sorted(Comparator.comparing(EligibilityCondition::kind)).toList();
  }

  public Optional<Period> deadline(DeadlineKind kind) {
    return Optional.ofNullable(deadlines.get(kind)).map(Period::parse);
  }

  /** The deadlines it sets, in the order of their kinds. */
  public Map<DeadlineKind, Period> deadlines() {
    Map<DeadlineKind, Period> copy = new EnumMap<>(DeadlineKind.class);
    deadlines.forEach((kind, period) -> copy.put(kind, Period.parse(period)));
    return copy;
  }
}
