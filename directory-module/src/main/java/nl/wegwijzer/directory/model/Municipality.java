package nl.wegwijzer.directory.model;

import jakarta.persistence.Cacheable;
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
import java.util.Objects;
import java.util.regex.Pattern;
import nl.wegwijzer.directory.support.InvalidInputException;

/** A Dutch municipality (gemeente) with its CBS code, in exactly one coordination region. */
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

  @Version private long version;

  protected Municipality() {}

  public Municipality(String cbsCode, String name, String province, Region region) {
    this.cbsCode = normaliseCbsCode(cbsCode);
    this.name = Text.required(name, "name", 120);
    this.province = Text.required(province, "province", 40);
    this.region = Objects.requireNonNull(region, "region");
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

  public String province() {
    return province;
  }

  public Region region() {
    return region;
  }

  public long version() {
    return version;
  }

  /** Municipalities move between regions when the coordination is reorganised. */
  public void assignTo(Region newRegion) {
    this.region = Objects.requireNonNull(newRegion, "region");
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
