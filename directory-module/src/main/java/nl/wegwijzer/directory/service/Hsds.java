package nl.wegwijzer.directory.service;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import nl.wegwijzer.directory.support.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shapes of Open Referral HSDS 3.0 as the open data serves them (field names as the
 * specification's schema files spell them; docs/hsds.md). A null field or list is left out of the
 * JSON: a list answer carries the one-to-one fields only, a full one the nested lists as well.
 */
public final class Hsds {

  /** The HSDS version these shapes follow. */
  public static final String VERSION = "3.0";

  /**
   * The licence of the open data, CC0 1.0 (docs/hsds.md, "Licence of the data"), by its SPDX and
   * Open Definition identifier, its name and its deed: the bulk download's datapackage.json and the
   * served API document name it.
   */
  public static final String LICENCE_ID = "CC0-1.0";

  public static final String LICENCE_TITLE = "Creative Commons Zero v1.0 Universal";

  public static final String LICENCE_URL = "https://creativecommons.org/publicdomain/zero/1.0/";

  private Hsds() {}

  /** What the API is: its HSDS version, the profile that describes our use of it. */
  public record About(
      String version,
      String profile,
      @JsonbProperty("openapi_url") @Schema(name = "openapi_url") String openapiUrl) {}

  /** HSDS's paged list; {@code size} is the number asked per page, as in the specification. */
  public record Paged<T>(
      @JsonbProperty("total_items") @Schema(name = "total_items") long totalItems,
      @JsonbProperty("total_pages") @Schema(name = "total_pages") int totalPages,
      @JsonbProperty("page_number") @Schema(name = "page_number") int pageNumber,
      int size,
      @JsonbProperty("first_page") @Schema(name = "first_page") boolean firstPage,
      @JsonbProperty("last_page") @Schema(name = "last_page") boolean lastPage,
      boolean empty,
      List<T> contents) {

    public static <T> Paged<T> of(Page<T> page) {
      return new Paged<>(
          page.totalItems(),
          page.totalPages(),
          page.number(),
          page.size(),
          page.number() == 1,
          page.number() >= page.totalPages(),
          page.items().isEmpty(),
          page.items());
    }
  }

  public record Organization(
      String id,
      String name,
      String description,
      String email,
      String website,
      List<Phone> phones,
      List<Location> locations,
      List<Service> services,
      List<Metadata> metadata) {}

  /** A service; {@code assured_date} is the day its profile was last checked. */
  public record Service(
      String id,
      @JsonbProperty("organization_id") @Schema(name = "organization_id") String organizationId,
      String name,
      String description,
      String url,
      String email,
      String status,
      @JsonbProperty("application_process") @Schema(name = "application_process")
          String applicationProcess,
      @JsonbProperty("minimum_age") @Schema(name = "minimum_age") Integer minimumAge,
      @JsonbProperty("maximum_age") @Schema(name = "maximum_age") Integer maximumAge,
      @JsonbProperty("assured_date") @Schema(name = "assured_date") String assuredDate,
      @JsonbProperty("last_modified") @Schema(name = "last_modified") String lastModified,
      Organization organization,
      List<Phone> phones,
      List<Language> languages,
      // the element type too: with a name alone the scan describes a list as a list of lists
      @JsonbProperty("service_areas")
          @Schema(name = "service_areas", implementation = ServiceArea.class)
          List<ServiceArea> serviceAreas,
      @JsonbProperty("service_at_locations")
          @Schema(name = "service_at_locations", implementation = ServiceAtLocation.class)
          List<ServiceAtLocation> serviceAtLocations,
      List<Attribute> attributes) {}

  public record Location(
      String id,
      @JsonbProperty("location_type") @Schema(name = "location_type") String locationType,
      @JsonbProperty("organization_id") @Schema(name = "organization_id") String organizationId,
      String name,
      List<Address> addresses,
      List<Schedule> schedules,
      List<Attribute> attributes,
      List<Metadata> metadata) {}

  public record Address(
      String id,
      @JsonbProperty("location_id") @Schema(name = "location_id") String locationId,
      @JsonbProperty("address_1") @Schema(name = "address_1") String address1,
      String city,
      @JsonbProperty("state_province") @Schema(name = "state_province") String stateProvince,
      @JsonbProperty("postal_code") @Schema(name = "postal_code") String postalCode,
      String country,
      @JsonbProperty("address_type") @Schema(name = "address_type") String addressType) {}

  public record ServiceAtLocation(
      String id,
      @JsonbProperty("service_id") @Schema(name = "service_id") String serviceId,
      @JsonbProperty("location_id") @Schema(name = "location_id") String locationId,
      Service service,
      Location location,
      List<Metadata> metadata) {}

  public record Phone(
      String id,
      @JsonbProperty("organization_id") @Schema(name = "organization_id") String organizationId,
      String number,
      String type,
      String description,
      List<Attribute> attributes) {}

  public record Language(
      String id,
      @JsonbProperty("service_id") @Schema(name = "service_id") String serviceId,
      String name,
      String code) {}

  /** A weekly opening period, in the Netherlands' local time (Europe/Amsterdam). */
  public record Schedule(
      String id,
      @JsonbProperty("location_id") @Schema(name = "location_id") String locationId,
      String freq,
      String byday,
      @JsonbProperty("opens_at") @Schema(name = "opens_at") String opensAt,
      @JsonbProperty("closes_at") @Schema(name = "closes_at") String closesAt,
      String notes) {}

  /** Where a service is offered: the country, a region or a municipality, named by its code. */
  public record ServiceArea(
      String id,
      @JsonbProperty("service_id") @Schema(name = "service_id") String serviceId,
      String name,
      String description,
      String uri) {}

  public record Attribute(
      String id,
      @JsonbProperty("link_id") @Schema(name = "link_id") String linkId,
      @JsonbProperty("link_type") @Schema(name = "link_type") String linkType,
      @JsonbProperty("link_entity") @Schema(name = "link_entity") String linkEntity,
      @JsonbProperty("taxonomy_term_id") @Schema(name = "taxonomy_term_id") String taxonomyTermId,
      String value,
      @JsonbProperty("taxonomy_term") @Schema(name = "taxonomy_term") TaxonomyTerm taxonomyTerm) {}

  public record Taxonomy(String id, String name, String description, String uri) {}

  public record TaxonomyTerm(
      String id,
      String code,
      String name,
      String description,
      @JsonbProperty("taxonomy_id") @Schema(name = "taxonomy_id") String taxonomyId,
      String language) {}

  /** When the profile was last checked with the organisation (HSDS keeps no date otherwise). */
  public record Metadata(
      String id,
      @JsonbProperty("resource_id") @Schema(name = "resource_id") String resourceId,
      @JsonbProperty("resource_type") @Schema(name = "resource_type") String resourceType,
      @JsonbProperty("last_action_date") @Schema(name = "last_action_date") String lastActionDate,
      @JsonbProperty("last_action_type") @Schema(name = "last_action_type") String lastActionType,
      @JsonbProperty("field_name") @Schema(name = "field_name") String fieldName,
      @JsonbProperty("previous_value") @Schema(name = "previous_value") String previousValue,
      @JsonbProperty("replacement_value") @Schema(name = "replacement_value")
          String replacementValue,
      @JsonbProperty("updated_by") @Schema(name = "updated_by") String updatedBy) {}
}
