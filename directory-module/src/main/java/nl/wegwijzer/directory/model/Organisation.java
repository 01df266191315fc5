package nl.wegwijzer.directory.model;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.wegwijzer.directory.support.InvalidInputException;

/**
 * An organisation that helps victims (HSDS organization), with its phones, locations and services.
 * The aggregate keeps its own full-text search document up to date on every change.
 */
@Entity
@Table(name = "organisation", schema = "directory")
@NamedQuery(
    name = "Organisation.bySlug",
    query = "select o from Organisation o where o.slug = :slug")
@NamedQuery(
    name = "Organisation.slugsIn",
    query = "select o.slug from Organisation o where o.slug in :slugs")
@NamedQuery(name = "Organisation.count", query = "select count(o) from Organisation o")
@NamedQuery(
    name = "Organisation.notVerifiedSince",
    query =
        "select o from Organisation o where o.state = nl.wegwijzer.directory.model.ProfileState.PUBLISHED"
            + " and (o.lastVerifiedOn is null or o.lastVerifiedOn < :since)"
            + " order by o.lastVerifiedOn nulls first, o.name, o.id")
@NamedQuery(
    name = "Organisation.countNotVerifiedSince",
    query =
        "select count(o) from Organisation o"
            + " where o.state = nl.wegwijzer.directory.model.ProfileState.PUBLISHED"
            + " and (o.lastVerifiedOn is null or o.lastVerifiedOn < :since)")
public class Organisation {

  private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}$");
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 120)
  private String slug;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false)
  private String description;

  /** The description in English (simple HTML like the Dutch one), or null when there is none. */
  @Column(name = "description_en")
  private String descriptionEn;

  @Column(length = 300)
  private String website;

  @Column(length = 200)
  private String email;

  @Column(nullable = false)
  private boolean demo;

  @Column(name = "last_verified_on")
  private LocalDate lastVerifiedOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ProfileState state = ProfileState.PUBLISHED;

  @Column(name = "search_document", nullable = false)
  private String searchDocument = "";

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "organisation_language",
      schema = "directory",
      joinColumns = @JoinColumn(name = "organisation_id"))
  @Column(name = "language", length = 3)
  private Set<String> languages = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "organisation_phone",
      schema = "directory",
      joinColumns = @JoinColumn(name = "organisation_id"))
  @OrderColumn(name = "position")
  private List<Phone> phones = new ArrayList<>();

  @OneToMany(
      mappedBy = "organisation",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.LAZY)
  @OrderBy("position")
  private List<Location> locations = new ArrayList<>();

  @OneToMany(
      mappedBy = "organisation",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.LAZY)
  @OrderBy("position")
  private List<CareService> services = new ArrayList<>();

  @Version private long version;

  protected Organisation() {}

  public Organisation(String slug, String name, String description, boolean demo) {
    this.slug = Slugs.requireSlug(slug, "slug");
    this.demo = demo;
    describe(name, description);
  }

  /** Changes the name and the description of what the organisation does. */
  public void describe(String newName, String newDescription) {
    this.name = Text.required(newName, "name", 200);
    this.description = Text.required(newDescription, "description", 8000);
    reindex();
  }

  /** Sets the optional English description beside the Dutch one (null or blank: none). */
  public void describeInEnglish(String newDescriptionEn) {
    this.descriptionEn = Text.optional(newDescriptionEn, "descriptionEn", 8000);
  }

  public void changeContact(String newWebsite, String newEmail) {
    String checkedWebsite = Text.optional(newWebsite, "website", 300);
    if (checkedWebsite != null && !checkedWebsite.matches("^https?://[^\\s]+$")) {
      throw new InvalidInputException("website", "must start with https:// or http://");
    }
    String checkedEmail = Text.optional(newEmail, "email", 200);
    if (checkedEmail != null && !EMAIL.matcher(checkedEmail).matches()) {
      throw new InvalidInputException("email", "'" + newEmail + "' is not an e-mail address");
    }
    this.website = checkedWebsite;
    this.email = checkedEmail;
  }

  public void replacePhones(List<Phone> newPhones) {
    phones.clear();
    phones.addAll(newPhones);
  }

  /** The languages spoken, as ISO 639 codes ('nl', 'en', 'ti'). */
  public void replaceLanguages(Collection<String> codes) {
    Set<String> checked = new TreeSet<>();
    for (String code : codes) {
      String normalised = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
      if (!LANGUAGE.matcher(normalised).matches()) {
        throw new InvalidInputException("languages", "'" + code + "' is not a language code");
      }
      checked.add(normalised);
    }
    languages.clear();
    languages.addAll(checked);
    reindex();
  }

  public void replaceLocations(List<Location.LocationDetails> newLocations) {
    locations.clear();
    for (Location.LocationDetails details : newLocations) {
      locations.add(new Location(this, locations.size(), details));
    }
  }

  public void replaceServices(List<CareService.ServiceDetails> newServices) {
    if (newServices.isEmpty()) {
      throw new InvalidInputException("services", "an organisation offers at least one service");
    }
    services.clear();
    for (CareService.ServiceDetails details : newServices) {
      services.add(new CareService(this, services.size(), details));
    }
    reindex();
  }

  public void markVerified(LocalDate on) {
    this.lastVerifiedOn = Objects.requireNonNull(on, "on");
  }

  /**
   * Puts the profile in the public directory, checked with the organisation on {@code verifiedOn}
   * (an editor approved it).
   */
  public void publish(LocalDate verifiedOn) {
    state = ProfileState.PUBLISHED;
    markVerified(verifiedOn);
  }

  /** Takes the profile out of the public directory; it stays for the history. */
  public void archive() {
    state = ProfileState.ARCHIVED;
  }

  public ProfileState state() {
    return state;
  }

  public boolean isPublished() {
    return state == ProfileState.PUBLISHED;
  }

  private void reindex() {
    searchDocument =
        Stream.concat(
                Stream.of(description),
                services.stream()
                    .flatMap(
                        s ->
                            Stream.of(
                                s.name(), s.description(), SearchTerms.forCareNeed(s.careNeed()))))
            .filter(Objects::nonNull)
            .collect(Collectors.joining("\n"));
  }

  public Long id() {
    return id;
  }

  public String slug() {
    return slug;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  /** The English description, or null when there is none yet. */
  public String descriptionEn() {
    return descriptionEn;
  }

  public String website() {
    return website;
  }

  public String email() {
    return email;
  }

  public boolean isDemo() {
    return demo;
  }

  public LocalDate lastVerifiedOn() {
    return lastVerifiedOn;
  }

  public Set<String> languages() {
    return Set.copyOf(languages);
  }

  public List<Phone> phones() {
    return List.copyOf(phones);
  }

  public List<Location> locations() {
    return List.copyOf(locations);
  }

  public List<CareService> services() {
    return List.copyOf(services);
  }

  String searchDocument() {
    return searchDocument;
  }

  public long version() {
    return version;
  }
}
