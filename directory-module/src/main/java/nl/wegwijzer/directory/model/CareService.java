package nl.wegwijzer.directory.model;

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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import nl.wegwijzer.directory.support.InvalidInputException;

/**
 * What an organisation offers for one care need (HSDS service): for whom, where and how to get in.
 */
@Entity
@Table(name = "care_service", schema = "directory")
public class CareService {

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

  @Column(nullable = false)
  private String description;

  /** The name in English, or null when there is none. */
  @Column(name = "name_en", length = 200)
  private String nameEn;

  /** The description in English, or null when there is none. */
  @Column(name = "description_en")
  private String descriptionEn;

  @Enumerated(EnumType.STRING)
  @Column(name = "care_need", nullable = false, length = 30)
  private CareNeed careNeed;

  @Enumerated(EnumType.STRING)
  @Column(name = "access_route", nullable = false, length = 30)
  private AccessRoute access;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "care_service_age_group",
      schema = "directory",
      joinColumns = @JoinColumn(name = "care_service_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "age_group")
  private Set<AgeGroup> ageGroups = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "care_service_gender",
      schema = "directory",
      joinColumns = @JoinColumn(name = "care_service_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "gender")
  private Set<Gender> genders = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "care_service_nationality",
      schema = "directory",
      joinColumns = @JoinColumn(name = "care_service_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "nationality_group")
  private Set<NationalityGroup> nationalityGroups = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "care_service_form",
      schema = "directory",
      joinColumns = @JoinColumn(name = "care_service_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "form")
  private Set<ExploitationForm> forms = new HashSet<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "area_scope", nullable = false, length = 20)
  private AreaScope areaScope;

  @ManyToMany(fetch = FetchType.EAGER)
  @JoinTable(
      name = "care_service_region",
      schema = "directory",
      joinColumns = @JoinColumn(name = "care_service_id"),
      inverseJoinColumns = @JoinColumn(name = "region_id"))
  private Set<Region> regions = new HashSet<>();

  @ManyToMany(fetch = FetchType.EAGER)
  @JoinTable(
      name = "care_service_municipality",
      schema = "directory",
      joinColumns = @JoinColumn(name = "care_service_id"),
      inverseJoinColumns = @JoinColumn(name = "municipality_id"))
  private Set<Municipality> municipalities = new HashSet<>();

  protected CareService() {}

  CareService(Organisation organisation, int position, ServiceDetails details) {
    this.organisation = organisation;
    this.position = position;
    this.name = Text.required(details.name(), "serviceName", 200);
    this.description = Text.required(details.description(), "serviceDescription", 4000);
    this.nameEn = Text.optional(details.nameEn(), "serviceNameEn", 200);
    this.descriptionEn = Text.optional(details.descriptionEn(), "serviceDescriptionEn", 4000);
    this.careNeed = Objects.requireNonNull(details.careNeed(), "careNeed");
    this.access = Objects.requireNonNull(details.access(), "access");
    this.ageGroups.addAll(nonEmpty(details.ageGroups(), "ageGroups"));
    this.genders.addAll(nonEmpty(details.genders(), "genders"));
    this.nationalityGroups.addAll(nonEmpty(details.nationalityGroups(), "nationalityGroups"));
    this.forms.addAll(nonEmpty(details.forms(), "forms"));
    this.areaScope = Objects.requireNonNull(details.areaScope(), "areaScope");
    switch (areaScope) {
      case NATIONAL -> {
        if (!details.regions().isEmpty() || !details.municipalities().isEmpty()) {
          throw new InvalidInputException(
              "area", "a national service names no regions or municipalities");
        }
      }
      case REGIONS -> regions.addAll(nonEmpty(details.regions(), "regions"));
      case MUNICIPALITIES ->
          municipalities.addAll(nonEmpty(details.municipalities(), "municipalities"));
    }
  }

  private static <T> Collection<T> nonEmpty(Collection<T> values, String field) {
    if (values == null || values.isEmpty()) {
      throw new InvalidInputException(field, "choose at least one");
    }
    return values;
  }

  /**
   * What a new or changed service consists of; {@code nameEn} and {@code descriptionEn} are the
   * optional English beside the Dutch.
   */
  public record ServiceDetails(
      String name,
      String description,
      CareNeed careNeed,
      AccessRoute access,
      Set<AgeGroup> ageGroups,
      Set<Gender> genders,
      Set<NationalityGroup> nationalityGroups,
      Set<ExploitationForm> forms,
      AreaScope areaScope,
      Set<Region> regions,
      Set<Municipality> municipalities,
      String nameEn,
      String descriptionEn) {

    public ServiceDetails {
      regions = regions == null ? Set.of() : Set.copyOf(regions);
      municipalities = municipalities == null ? Set.of() : Set.copyOf(municipalities);
    }

    /** A service in Dutch only. */
    public ServiceDetails(
        String name,
        String description,
        CareNeed careNeed,
        AccessRoute access,
        Set<AgeGroup> ageGroups,
        Set<Gender> genders,
        Set<NationalityGroup> nationalityGroups,
        Set<ExploitationForm> forms,
        AreaScope areaScope,
        Set<Region> regions,
        Set<Municipality> municipalities) {
      this(
          name,
          description,
          careNeed,
          access,
          ageGroups,
          genders,
          nationalityGroups,
          forms,
          areaScope,
          regions,
          municipalities,
          null,
          null);
    }
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  /** The English name, or null when there is none yet. */
  public String nameEn() {
    return nameEn;
  }

  /** The English description, or null when there is none yet. */
  public String descriptionEn() {
    return descriptionEn;
  }

  public CareNeed careNeed() {
    return careNeed;
  }

  public AccessRoute access() {
    return access;
  }

  public Set<AgeGroup> ageGroups() {
    return ageGroups.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(ageGroups));
  }

  public Set<Gender> genders() {
    return Set.copyOf(genders);
  }

  public Set<NationalityGroup> nationalityGroups() {
    return Set.copyOf(nationalityGroups);
  }

  public Set<ExploitationForm> forms() {
    return Set.copyOf(forms);
  }

  public AreaScope areaScope() {
    return areaScope;
  }

  public Set<Region> regions() {
    return Set.copyOf(regions);
  }

  public Set<Municipality> municipalities() {
    return Set.copyOf(municipalities);
  }

  /** Whether a victim in this municipality can use the service. */
  public boolean servesMunicipality(Municipality municipality) {
    return switch (areaScope) {
      case NATIONAL -> true;
      case REGIONS -> regions.contains(municipality.region());
      case MUNICIPALITIES -> municipalities.contains(municipality);
    };
  }

  int position() {
    return position;
  }
}
