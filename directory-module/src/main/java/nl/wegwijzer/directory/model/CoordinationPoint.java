package nl.wegwijzer.directory.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.wegwijzer.directory.support.InvalidInputException;

/**
 * A care coordinator's desk: the regions it serves and the ages it covers, with whom to call, as a
 * row of dated versions. A change is a new version from its first day; the version before it ends
 * the day before, so that "who coordinated here on that day?" always has one answer. The national
 * point has no regions: it answers where a region has no point of its own.
 */
@Entity
@Table(name = "coordination_point", schema = "directory")
@NamedQuery(
    name = "CoordinationPoint.bySlug",
    query = "select p from CoordinationPoint p where p.slug = :slug")
@NamedQuery(
    name = "CoordinationPoint.national",
    query = "select p from CoordinationPoint p where p.national = true")
public class CoordinationPoint {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 120)
  private String slug;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false)
  private boolean national;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ProfileState state = ProfileState.DRAFT;

  @OneToMany(mappedBy = "point", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("validFrom")
  private List<CoordinationPeriod> periods = new ArrayList<>();

  @Version private long version;

  protected CoordinationPoint() {}

  /** A new point with its first version; not public until it is published. */
  public CoordinationPoint(String slug, String title, boolean national, CoordinationTerms first) {
    this.slug = Slugs.requireSlug(slug, "slug");
    this.national = national;
    retitle(title);
    requireFits(first);
    periods.add(new CoordinationPeriod(this, first));
  }

  /**
   * Puts new terms in force from their first day. A version that starts on that same day is
   * corrected; otherwise the latest version ends the day before. Refused when the new terms start
   * before the latest version: history is not rewritten.
   */
  public void change(String newTitle, CoordinationTerms terms) {
    requireFits(terms);
    CoordinationPeriod latest = latest();
    if (terms.validFrom().isBefore(latest.validFrom())) {
      throw new InvalidInputException(
          "validFrom",
          "must not lie before " + latest.validFrom() + ", the latest version's start");
    }
    retitle(newTitle);
    if (terms.validFrom().equals(latest.validFrom())) {
      latest.rewrite(terms);
    } else {
      latest.endOn(terms.validFrom().minusDays(1));
      periods.add(new CoordinationPeriod(this, terms));
    }
  }

  private void retitle(String newTitle) {
    this.title = Text.required(newTitle, "title", 200);
  }

  private void requireFits(CoordinationTerms terms) {
    if (national && !terms.regions().isEmpty()) {
      throw new InvalidInputException("regions", "the national point serves no region of its own");
    }
    if (national && terms.covers() != CoordinatorScope.ALL) {
      throw new InvalidInputException("covers", "the national point is for every age");
    }
    if (!national && terms.regions().isEmpty()) {
      throw new InvalidInputException("regions", "a regional point serves at least one region");
    }
  }

  /** The version that starts last (it may lie ahead). */
  public CoordinationPeriod latest() {
    return periods.stream().max(Comparator.comparing(CoordinationPeriod::validFrom)).orElseThrow();
  }

  /** The version in force on {@code day}, if any. */
  public Optional<CoordinationPeriod> on(LocalDate day) {
    return periods.stream().filter(p -> p.holdsOn(day)).findFirst();
  }

  public List<CoordinationPeriod> periods() {
    return List.copyOf(periods);
  }

  public void publish() {
    state = ProfileState.PUBLISHED;
  }

  public void archive() {
    state = ProfileState.ARCHIVED;
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

  public boolean isNational() {
    return national;
  }

  public ProfileState state() {
    return state;
  }

  public boolean isPublished() {
    return state == ProfileState.PUBLISHED;
  }

  public long version() {
    return version;
  }
}
