package nl.wegwijzer.directory.model;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.wegwijzer.directory.support.InvalidInputException;

/**
 * A Dutch municipality (gemeente) with its CBS code, in exactly one coordination region on any day.
 * Its dated {@link RegionAssignment}s say which region when; {@link #region()} is the one valid
 * today, kept in step by {@link #followAssignmentOn} (RegionCalendar runs it every night).
 */
@Entity
// Reference data that nearly every public page reads: in EclipseLink's shared cache, which a
// cluster coordinates between its nodes (docs/operations.md, "The local cluster"); written only
// through JPA.
@Cacheable
@Table(name = "municipality", schema = "directory")
@NamedQuery(
    name = "Municipality.all",
    query = "select m from Municipality m join fetch m.region order by m.name")
// The pickers' lists are read as values, not entities: no object is built into the shared cache
// while other requests read it (a first list read at once with other reads on a fresh node once
// left a cached municipality without its region, and every page with a picker failed).
@NamedQuery(
    name = "Municipality.viewsByNamePrefix",
    query =
        "select new nl.wegwijzer.directory.service.MunicipalityView(m.cbsCode, m.name, m.province,"
            + " r.code, r.name) from Municipality m join m.region r"
            + " where m.slug like :prefix order by m.name")
@NamedQuery(
    name = "Municipality.byCbsCode",
    query = "select m from Municipality m join fetch m.region where m.cbsCode = :cbsCode")
@NamedQuery(
    name = "Municipality.bySlug",
    query = "select m from Municipality m join fetch m.region where m.slug = :slug")
@NamedQuery(
    name = "Municipality.byPlainSlug",
    query =
        "select m from Municipality m join fetch m.region where m.plainSlug = :slug"
            + " order by m.name")
@NamedQuery(
    name = "Municipality.byRegion",
    query = "select m from Municipality m where m.region = :region order by m.name")
// The municipalities whose region of today is not the one their assignments give for the day.
@NamedQuery(
    name = "Municipality.behindAssignmentsOn",
    query =
        "select m from Municipality m, RegionAssignment a where a.municipality = m"
            + " and a.validFrom <= :day and (a.validUntil is null or a.validUntil >= :day)"
            + " and a.region <> m.region")
public class Municipality {

  private static final Pattern CBS_CODE = Pattern.compile("^GM\\d{4}$");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "cbs_code", nullable = false, unique = true, length = 6)
  private String cbsCode;

  @Column(nullable = false, length = 120)
  private String name;

  @Column(nullable = false, length = 40)
  private String province;

  /** The name as a URL key ('sudwest-fryslan', 'hengelo-o'); kept by the database. */
  @Column(insertable = false, updatable = false)
  private String slug;

  /** The key of the name without CBS's disambiguation ('hengelo'); kept by the database. */
  @Column(name = "plain_slug", insertable = false, updatable = false)
  private String plainSlug;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "region_id", nullable = false)
  private Region region;

  @OneToMany(mappedBy = "municipality", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
  @OrderBy("validFrom")
  private List<RegionAssignment> assignments = new ArrayList<>();

  @Version private long version;

  protected Municipality() {}

  /** A municipality in {@code region} from {@code validFrom}, as {@code source} says. */
  public Municipality(
      String cbsCode,
      String name,
      String province,
      Region region,
      LocalDate validFrom,
      String source) {
    this.cbsCode = normaliseCbsCode(cbsCode);
    this.name = Text.required(name, "name", 120);
    this.province = Text.required(province, "province", 40);
    this.region = Objects.requireNonNull(region, "region");
    assignments.add(new RegionAssignment(this, region, validFrom, true, source, null));
  }

  /** Accepts 'GM0363', 'gm0363', '0363' and '363'; the result is always 'GM0363'. */
  public static String normaliseCbsCode(String code) {
    if (code == null) {
      throw new InvalidInputException("municipality", "is required");
    }
    String trimmed = code.strip().toUpperCase(java.util.Locale.ROOT);
    if (trimmed.matches("^\\d{1,4}$")) {
      trimmed = "GM" + "0".repeat(4 - trimmed.length()) + trimmed;
    }
    if (!CBS_CODE.matcher(trimmed).matches()) {
      throw new InvalidInputException(
          "municipality", "'" + code + "' is not a CBS municipality code");
    }
    return trimmed;
  }

  public Long id() {
    return id;
  }

  public String cbsCode() {
    return cbsCode;
  }

  public String name() {
    return name;
  }

  public String slug() {
    return slug;
  }

  public String province() {
    return province;
  }

  public Region region() {
    return region;
  }

  public long version() {
    return version;
  }

  /** Every dated version of the municipality's region, oldest first. */
  public List<RegionAssignment> assignments() {
    return List.copyOf(assignments);
  }

  /** The region the municipality is in on {@code day}; empty before its first assignment. */
  public Optional<Region> regionOn(LocalDate day) {
    return assignments.stream()
        .filter(a -> a.validOn(day))
        .map(RegionAssignment::region)
        .findFirst();
  }

  /**
   * Moves the municipality to another region from {@code from} on (today or later), confirmed by
   * {@code source}; see {@link #assign}.
   */
  public RegionAssignment moveTo(Region newRegion, LocalDate from, LocalDate today, String source) {
    return assign(newRegion, from, today, true, source, null);
  }

  /**
   * The region from {@code from} on, as {@code source} says (an unconfirmed one says why in {@code
   * note}). The same region from the day the last version starts confirms or re-sources that
   * version; another region is a move: the last version ends the day before (a move planned for a
   * later day must start after any move already planned), and today's region follows at once when
   * {@code from} is not after {@code today}.
   */
  public RegionAssignment assign(
      Region newRegion,
      LocalDate from,
      LocalDate today,
      boolean confirmed,
      String source,
      String note) {
    checkAssignment(newRegion, from, today, confirmed, note);
    RegionAssignment last = assignments.isEmpty() ? null : assignments.get(assignments.size() - 1);
    if (last != null && from.equals(last.validFrom())) {
      // one version per day: a second change on the day the last one starts corrects that one
      last.correct(newRegion, confirmed, source, note);
      followAssignmentOn(today);
      return last;
    }
    if (last != null) {
      last.endBefore(from);
    }
    RegionAssignment next = new RegionAssignment(this, newRegion, from, confirmed, source, note);
    assignments.add(next);
    followAssignmentOn(today);
    return next;
  }

  /**
   * The rules of {@link #assign} without changing anything, so that a change is refused while it is
   * drafted rather than when it is published.
   */
  public void checkAssignment(
      Region newRegion, LocalDate from, LocalDate today, boolean confirmed, String note) {
    Objects.requireNonNull(newRegion, "region");
    Objects.requireNonNull(from, "validFrom");
    RegionAssignment last = assignments.isEmpty() ? null : assignments.get(assignments.size() - 1);
    boolean sameVersion = last != null && from.equals(last.validFrom());
    if (sameVersion && last.region().equals(newRegion)) {
      if (!confirmed) {
        throw new InvalidInputException("confirmed", "nothing changes");
      }
    } else if (from.isBefore(today)) {
      throw new InvalidInputException("validFrom", "a move takes effect today or later");
    } else if (last != null && last.validUntil().isPresent()) {
      throw new InvalidInputException("validFrom", "the municipality's last version has ended");
    } else if (last != null && !sameVersion && last.region().equals(newRegion)) {
      throw new InvalidInputException(
          "region", "the municipality is already in " + newRegion.code());
    } else if (last != null && from.isBefore(last.validFrom())) {
      throw new InvalidInputException(
          "validFrom",
          "a new version starts after " + last.validFrom() + ", the current one's start");
    }
    if (!confirmed && (note == null || note.isBlank())) {
      throw new InvalidInputException("note", "an unconfirmed assignment says why this region");
    }
  }

  /** Takes the region of the assignment valid on {@code day} as the region of today. */
  public boolean followAssignmentOn(LocalDate day) {
    Optional<Region> due = regionOn(day);
    if (due.isEmpty() || due.get().equals(region)) {
      return false;
    }
    this.region = due.get();
    return true;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Municipality municipality
        && Objects.equals(cbsCode, municipality.cbsCode);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(cbsCode);
  }
}
