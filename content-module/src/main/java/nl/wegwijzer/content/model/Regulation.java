package nl.wegwijzer.content.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.wegwijzer.directory.support.InvalidInputException;

/**
 * A right or regulation for victims (the reflection period, the residence permit, free legal aid,
 * …). The rule behind it is data in dated versions ({@link RuleVersion}): who it is for (its
 * eligibility conditions), the deadlines it sets and its legal basis, which editors change without
 * a release.
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

  /**
   * The first day of the rule version a regulation starts with when none is given: as far back as
   * the guide looks (the Vreemdelingenwet 2000 came into force in 2001).
   */
  public static final LocalDate SINCE_EVER = LocalDate.of(2001, 1, 1);

  @OneToMany(
      mappedBy = "regulation",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  @OrderBy("validFrom")
  private List<RuleVersion> versions = new ArrayList<>();

  protected Regulation() {}

  /** A regulation with one rule version ('1', since ever) on this legal basis, for everyone. */
  public Regulation(String slug, String title, String summary, String body, String legalBasis) {
    this(slug, title, summary, body);
    adoptRule(new RuleDraft("1", SINCE_EVER, legalBasis, null, null, null, Map.of(), Map.of()));
  }

  /** A regulation whose rule starts with the version an editor describes. */
  public static Regulation withRule(
      String slug, String title, String summary, String body, RuleDraft firstRule) {
    Regulation regulation = new Regulation(slug, title, summary, body);
    regulation.adoptRule(firstRule);
    return regulation;
  }

  private Regulation(String slug, String title, String summary, String body) {
    super(slug, title, summary, body);
  }

  /**
   * Records a version of the rule. A label the regulation has already amends that version (a
   * correction); a new label starts a new version on its own first day, which must lie after that
   * of the latest version, and the latest then ends the day before. Earlier versions stay as they
   * were, so that what was computed for an earlier date can be computed again.
   */
  public RuleVersion adoptRule(RuleDraft draft) {
    String label = RuleVersion.labelOf(draft.label());
    if (draft.validFrom() == null) {
      throw new InvalidInputException("ruleValidFrom", "is required");
    }
    RuleVersion version =
        versions.stream().filter(v -> v.label().equals(label)).findFirst().orElse(null);
    List<RuleVersion> ordered = versions();
    if (version != null) {
      moveStart(ordered, ordered.indexOf(version), draft.validFrom());
      describe(version, draft);
      return version;
    }
    RuleVersion latest = ordered.isEmpty() ? null : ordered.get(ordered.size() - 1);
    if (latest != null && !draft.validFrom().isAfter(latest.validFrom())) {
      throw new InvalidInputException(
          "ruleValidFrom",
          "a new rule version starts after the latest one (" + latest.validFrom() + ")");
    }
    // Described in full before it joins, so that a refused draft leaves the versions as they were.
    version = new RuleVersion(this, label, draft.validFrom());
    describe(version, draft);
    if (latest != null) {
      latest.endBefore(draft.validFrom());
    }
    versions.add(version);
    return version;
  }

  private static void describe(RuleVersion version, RuleDraft draft) {
    version.cite(draft.legalBasis(), draft.legalBasisEn(), draft.source(), draft.checkedOn());
    version.replaceConditions(draft.conditions());
    version.setDeadlines(draft.deadlines());
  }

  private static void moveStart(List<RuleVersion> ordered, int index, LocalDate newFrom) {
    RuleVersion version = ordered.get(index);
    RuleVersion before = index == 0 ? null : ordered.get(index - 1);
    RuleVersion after = index + 1 < ordered.size() ? ordered.get(index + 1) : null;
    if ((before != null && !newFrom.isAfter(before.validFrom()))
        || (after != null && !newFrom.isBefore(after.validFrom()))) {
      throw new InvalidInputException(
          "ruleValidFrom", "a rule version starts between the versions before and after it");
    }
    version.moveStart(newFrom);
    if (before != null) {
      before.endBefore(newFrom);
    }
  }

  /**
   * Sets who the latest rule version is for: per kind, the answers that qualify. A kind that is
   * left out does not limit the regulation; no conditions at all means it is for every victim.
   */
  public void replaceConditions(Map<ConditionKind, Set<String>> allowedByKind) {
    latestRule().replaceConditions(allowedByKind);
  }

  /** The rule version that holds on {@code day}; empty before the first or after an ended one. */
  public Optional<RuleVersion> ruleOn(LocalDate day) {
    return versions.stream().filter(v -> v.holdsOn(day)).findFirst();
  }

  /** The newest version, also when it takes effect only later. */
  public RuleVersion latestRule() {
    List<RuleVersion> ordered = versions();
    return ordered.get(ordered.size() - 1);
  }

  /** The versions, oldest first. */
  public List<RuleVersion> versions() {
    return versions.stream().sorted(Comparator.comparing(RuleVersion::validFrom)).toList();
  }
}
