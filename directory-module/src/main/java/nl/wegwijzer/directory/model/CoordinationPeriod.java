package nl.wegwijzer.directory.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * One dated version of a coordination point, part of the point's aggregate: the point changes it
 * only through {@link CoordinationPoint#change}.
 */
@Entity
@Table(name = "coordination_period", schema = "directory")
@NamedQuery(
    name = "CoordinationPeriod.inRegionOn",
    query =
        "select p from CoordinationPeriod p join p.regions r where r = :region"
            + " and p.point.state = nl.wegwijzer.directory.model.ProfileState.PUBLISHED"
            + " and p.validFrom <= :on and (p.validUntil is null or p.validUntil >= :on)"
            + " order by p.covers, p.point.title")
@NamedQuery(
    name = "CoordinationPeriod.nationalOn",
    query =
        "select p from CoordinationPeriod p where p.point.national = true"
            + " and p.point.state = nl.wegwijzer.directory.model.ProfileState.PUBLISHED"
            + " and p.validFrom <= :on and (p.validUntil is null or p.validUntil >= :on)")
@NamedQuery(
    name = "CoordinationPeriod.regionalOn",
    query =
        "select distinct p from CoordinationPeriod p left join fetch p.regions"
            + " where p.point.national = false"
            + " and p.point.state = nl.wegwijzer.directory.model.ProfileState.PUBLISHED"
            + " and p.validFrom <= :on and (p.validUntil is null or p.validUntil >= :on)")
public class CoordinationPeriod {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "point_id", nullable = false)
  private CoordinationPoint point;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_until")
  private LocalDate validUntil;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CoordinatorScope covers;

  @Column(name = "split_age")
  private Integer splitAge;

  @ManyToMany
  @JoinTable(
      name = "coordination_period_region",
      schema = "directory",
      joinColumns = @JoinColumn(name = "period_id"),
      inverseJoinColumns = @JoinColumn(name = "region_id"))
  private Set<Region> regions = new HashSet<>();

  @Embedded private CoordinatorContact contact;

  protected CoordinationPeriod() {}

  CoordinationPeriod(CoordinationPoint point, CoordinationTerms terms) {
    this.point = point;
    this.validFrom = terms.validFrom();
    rewrite(terms);
  }

  /** The same start, new terms: a correction of this version. */
  void rewrite(CoordinationTerms terms) {
    this.validUntil = terms.validUntil();
    this.covers = terms.covers();
    this.splitAge = terms.splitAge();
    this.regions = new HashSet<>(terms.regions());
    this.contact = terms.contact();
  }

  /** Ends this version on {@code lastDay}, unless it ends earlier already. */
  void endOn(LocalDate lastDay) {
    if (validUntil == null || validUntil.isAfter(lastDay)) {
      validUntil = lastDay;
    }
  }

  public CoordinationTerms terms() {
    return new CoordinationTerms(validFrom, validUntil, covers, splitAge, regions, contact);
  }

  public boolean holdsOn(LocalDate day) {
    return terms().holdsOn(day);
  }

  /** Whether a victim of {@code age} is for this point; without an age, every band is listed. */
  public boolean coversAge(Integer age) {
    return age == null || covers.covers(age, splitAge);
  }

  /** Whether this point's band is for some victim whose age lies in {@code ages}. */
  public boolean admits(AgeRange ages) {
    return covers.admits(ages, splitAge);
  }

  /** Whether only the age itself, not {@code ages}, decides if this point is the victim's. */
  public boolean undecidedFor(AgeRange ages) {
    return splitsByAge() && ages.straddles(splitAge);
  }

  public boolean splitsByAge() {
    return covers != CoordinatorScope.ALL;
  }

  public CoordinationPoint point() {
    return point;
  }

  public LocalDate validFrom() {
    return validFrom;
  }

  public Optional<LocalDate> validUntil() {
    return Optional.ofNullable(validUntil);
  }

  public CoordinatorScope covers() {
    return covers;
  }

  public Optional<Integer> splitAge() {
    return Optional.ofNullable(splitAge);
  }

  public Set<Region> regions() {
    return Set.copyOf(regions);
  }

  public CoordinatorContact contact() {
    return contact;
  }
}
