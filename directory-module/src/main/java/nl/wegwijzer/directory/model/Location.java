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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A place where an organisation works. A confidential location (a shelter) never gives its address
 * away: {@link #publicAddress()} is empty for it.
 */
@Entity
@Table(name = "location", schema = "directory")
public class Location {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "organisation_id", nullable = false)
  private Organisation organisation;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(length = 200)
  private String street;

  @Column(length = 10)
  private String postcode;

  @Column(length = 120)
  private String city;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "municipality_id")
  private Municipality municipality;

  @Column(nullable = false)
  private boolean confidential;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(
      name = "location_hours",
      schema = "directory",
      joinColumns = @JoinColumn(name = "location_id"))
  private List<OpeningHours> hours = new ArrayList<>();

  /**
   * Monday first, as people read a week. The column holds the day's name, so the database would
   * sort it alphabetically (Friday first): the order is the day's place in the week, kept here.
   */
  private static final Comparator<OpeningHours> WEEK_ORDER =
      Comparator.comparing(OpeningHours::day).thenComparing(OpeningHours::opens);

  protected Location() {}

  Location(Organisation organisation, int position, LocationDetails details) {
    this.organisation = organisation;
    this.position = position;
    this.name = Text.required(details.name(), "locationName", 200);
    this.street = Text.optional(details.street(), "street", 200);
    this.postcode = Text.optional(details.postcode(), "postcode", 10);
    this.city = Text.optional(details.city(), "city", 120);
    this.municipality = details.municipality();
    this.confidential = details.confidential();
    details.hours().stream().sorted(WEEK_ORDER).forEach(hours::add);
  }

  /** What a new or changed location consists of. */
  public record LocationDetails(
      String name,
      String street,
      String postcode,
      String city,
      Municipality municipality,
      boolean confidential,
      List<OpeningHours> hours) {

    public LocationDetails {
      hours = hours == null ? List.of() : List.copyOf(hours);
    }
  }

  /** The street address, for the public; empty for a confidential location. */
  public Optional<Address> publicAddress() {
    if (confidential || street == null) {
      return Optional.empty();
    }
    return Optional.of(new Address(street, postcode, city));
  }

  /**
   * The address as the editors keep it, also of a confidential location: for the editors' own
   * screens only, never for a public view.
   */
  public Address addressForEditors() {
    return new Address(street, postcode, city);
  }

  /** A postal address as shown to the public. */
  public record Address(String street, String postcode, String city) {}

  public String name() {
    return name;
  }

  /** The place name of a public location; empty for a confidential one. */
  public Optional<String> publicCity() {
    return confidential ? Optional.empty() : Optional.ofNullable(city);
  }

  public boolean isConfidential() {
    return confidential;
  }

  public Optional<Municipality> municipality() {
    return Optional.ofNullable(municipality);
  }

  /** The opening hours in weekday order, Monday first. */
  public List<OpeningHours> hours() {
    return hours.stream().sorted(WEEK_ORDER).toList();
  }

  int position() {
    return position;
  }
}
