package nl.wegwijzer.directory.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.wegwijzer.directory.support.InvalidInputException;

/**
 * Who coordinates the care for victims in a region: one contact for everyone, or, where the region
 * splits by age, one below and one from the split age. The national coordination (no region) takes
 * over where a region has none.
 */
@Entity
@Table(name = "coordination", schema = "directory")
@NamedQuery(
    name = "Coordination.forRegion",
    query = "select c from Coordination c where c.region = :region")
@NamedQuery(
    name = "Coordination.national",
    query = "select c from Coordination c where c.national = true")
public class Coordination {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "region_id", unique = true)
  private Region region;

  @Column(nullable = false)
  private boolean national;

  @Column(name = "split_age")
  private Integer splitAge;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "coordination_contact",
      schema = "directory",
      joinColumns = @JoinColumn(name = "coordination_id"))
  private List<CoordinatorContact> contacts = new ArrayList<>();

  @Version private long version;

  protected Coordination() {}

  private Coordination(Region region, boolean national) {
    this.region = region;
    this.national = national;
  }

  public static Coordination forRegion(Region region, CoordinatorContact contact) {
    Coordination coordination = new Coordination(Objects.requireNonNull(region, "region"), false);
    coordination.assignSingle(contact);
    return coordination;
  }

  public static Coordination forRegionSplitByAge(
      Region region, int splitAge, CoordinatorContact below, CoordinatorContact from) {
    Coordination coordination = new Coordination(Objects.requireNonNull(region, "region"), false);
    coordination.assignSplit(splitAge, below, from);
    return coordination;
  }

  public static Coordination national(CoordinatorContact contact) {
    Coordination coordination = new Coordination(null, true);
    coordination.assignSingle(contact);
    return coordination;
  }

  /** One coordinator for every age. */
  public void assignSingle(CoordinatorContact contact) {
    requireScope(contact, CoordinatorScope.ALL);
    contacts.clear();
    contacts.add(contact);
    splitAge = null;
  }

  /** One coordinator below {@code age}, another from {@code age} on. */
  public void assignSplit(int age, CoordinatorContact below, CoordinatorContact from) {
    if (national) {
      throw new InvalidInputException(
          "splitAge", "the national coordination does not split by age");
    }
    if (age < 1 || age > 30) {
      throw new InvalidInputException("splitAge", "must be between 1 and 30");
    }
    requireScope(below, CoordinatorScope.BELOW_SPLIT);
    requireScope(from, CoordinatorScope.FROM_SPLIT);
    contacts.clear();
    contacts.add(below);
    contacts.add(from);
    splitAge = age;
  }

  private static void requireScope(CoordinatorContact contact, CoordinatorScope scope) {
    Objects.requireNonNull(contact, "contact");
    if (contact.appliesTo() != scope) {
      throw new InvalidInputException("appliesTo", "expected a contact for " + scope.code());
    }
  }

  public boolean splitsByAge() {
    return splitAge != null;
  }

  public Optional<Integer> splitAge() {
    return Optional.ofNullable(splitAge);
  }

  /**
   * The contact for a victim of the given age. Without an age, a region that splits by age cannot
   * answer: the result is empty and the caller must ask.
   */
  public Optional<CoordinatorContact> contactFor(Integer age) {
    if (!splitsByAge()) {
      return Optional.of(contacts.get(0));
    }
    if (age == null) {
      return Optional.empty();
    }
    CoordinatorScope wanted =
        age < splitAge ? CoordinatorScope.BELOW_SPLIT : CoordinatorScope.FROM_SPLIT;
    return contacts.stream().filter(c -> c.appliesTo() == wanted).findFirst();
  }

  public Map<CoordinatorScope, CoordinatorContact> contacts() {
    Map<CoordinatorScope, CoordinatorContact> byScope = new EnumMap<>(CoordinatorScope.class);
    contacts.forEach(c -> byScope.put(c.appliesTo(), c));
    return byScope;
  }

  public Optional<Region> region() {
    return Optional.ofNullable(region);
  }

  public boolean isNational() {
    return national;
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }
}
