package nl.wegwijzer.directory.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import nl.wegwijzer.directory.support.InvalidInputException;

/**
 * One dated version of the region a municipality is in, with the source that says so. A merger or a
 * region change is a new version from its date, never an edit of an old one, so the question "which
 * region was this municipality in on that day" keeps its answer. An assignment that no source
 * confirms says why this region was chosen; editors see it on a worklist. Part of the {@link
 * Municipality} aggregate.
 */
@Entity
@Table(name = "region_assignment", schema = "directory")
@NamedQuery(
    name = "RegionAssignment.regionOn",
    query =
        "select a.region from RegionAssignment a where a.municipality.cbsCode = :cbsCode"
            + " and a.validFrom <= :day and (a.validUntil is null or a.validUntil >= :day)")
@NamedQuery(
    name = "RegionAssignment.unconfirmedOn",
    query =
        "select new nl.wegwijzer.directory.service.UnconfirmedAssignmentView(m.cbsCode, m.name,"
            + " m.slug, r.code, r.name, a.validFrom, a.source, a.note)"
            + " from RegionAssignment a join a.municipality m join a.region r"
            + " where a.confirmed = false and a.validFrom <= :day"
            + " and (a.validUntil is null or a.validUntil >= :day) order by r.name, m.name")
public class RegionAssignment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "municipality_id", nullable = false)
  private Municipality municipality;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "region_id", nullable = false)
  private Region region;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_until")
  private LocalDate validUntil;

  @Column(nullable = false)
  private boolean confirmed;

  @Column(nullable = false, length = 300)
  private String source;

  @Column(length = 1000)
  private String note;

  @Version private long version;

  protected RegionAssignment() {}

  RegionAssignment(
      Municipality municipality,
      Region region,
      LocalDate validFrom,
      boolean confirmed,
      String source,
      String note) {
    this.municipality = Objects.requireNonNull(municipality, "municipality");
    this.region = Objects.requireNonNull(region, "region");
    this.validFrom = Objects.requireNonNull(validFrom, "validFrom");
    this.source = Text.required(source, "source", 300);
    this.note = Text.optional(note, "note", 1000);
    if (!confirmed && this.note == null) {
      throw new InvalidInputException("note", "an unconfirmed assignment says why this region");
    }
    this.confirmed = confirmed;
  }

  public Region region() {
    return region;
  }

  public LocalDate validFrom() {
    return validFrom;
  }

  public Optional<LocalDate> validUntil() {
    return Optional.ofNullable(validUntil);
  }

  public boolean confirmed() {
    return confirmed;
  }

  public String source() {
    return source;
  }

  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  public boolean validOn(LocalDate day) {
    return !validFrom.isAfter(day) && (validUntil == null || !validUntil.isBefore(day));
  }

  /** Ends this version on the day before {@code day}; the next version starts on {@code day}. */
  void endBefore(LocalDate day) {
    if (!day.isAfter(validFrom)) {
      throw new InvalidInputException(
          "validFrom", "a new version starts after " + validFrom + ", the current one's start");
    }
    this.validUntil = day.minusDays(1);
  }

  /**
   * Gives the version that starts on its day another region or source: a same-day correction, or
   * the confirmation of an assignment that no source confirmed.
   */
  void correct(Region newRegion, boolean nowConfirmed, String newSource, String newNote) {
    String checkedNote = Text.optional(newNote, "note", 1000);
    if (!nowConfirmed && checkedNote == null) {
      throw new InvalidInputException("note", "an unconfirmed assignment says why this region");
    }
    this.region = Objects.requireNonNull(newRegion, "region");
    this.source = Text.required(newSource, "source", 300);
    this.confirmed = nowConfirmed;
    this.note = checkedNote;
  }
}
