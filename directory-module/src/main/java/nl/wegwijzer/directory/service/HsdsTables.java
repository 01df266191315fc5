package nl.wegwijzer.directory.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The HSDS package in its tabular form: one table per HSDS object, named and with the columns
 * (those we fill) as the specification's schema files give them, each object once (by its id), the
 * links as the specification's foreign keys.
 */
final class HsdsTables {

  /** One CSV file. */
  record Table(String name, String path, String[] header, Map<String, List<String>> byId) {

    Table(String name, String path, String... header) {
      this(name, path, header, new LinkedHashMap<>());
    }

    void add(String id, Object... values) {
      byId.putIfAbsent(id, Arrays.stream(values).map(v -> v == null ? "" : v.toString()).toList());
    }

    List<List<String>> rows() {
      return new ArrayList<>(byId.values());
    }
  }

  private final Table organizations =
      new Table(
          "organization", "organizations.csv", "id", "name", "description", "email", "website");
  private final Table services =
      new Table(
          "service",
          "services.csv",
          "id",
          "organization_id",
          "name",
          "description",
          "url",
          "email",
          "status",
          "application_process",
          "minimum_age",
          "maximum_age",
          "assured_date",
          "last_modified");
  private final Table locations =
      new Table("location", "locations.csv", "id", "location_type", "organization_id", "name");
  private final Table addresses =
      new Table(
          "address",
          "addresses.csv",
          "id",
          "location_id",
          "address_1",
          "city",
          "state_province",
          "postal_code",
          "country",
          "address_type");
  private final Table serviceAtLocations =
      new Table(
          "service_at_location", "service_at_location.csv", "id", "service_id", "location_id");
  private final Table phones =
      new Table("phone", "phones.csv", "id", "organization_id", "number", "type", "description");
  private final Table schedules =
      new Table(
          "schedule",
          "schedules.csv",
          "id",
          "location_id",
          "freq",
          "byday",
          "opens_at",
          "closes_at",
          "notes");
  private final Table serviceAreas =
      new Table("service_area", "service_areas.csv", "id", "service_id", "name", "uri");
  private final Table languages =
      new Table("language", "languages.csv", "id", "service_id", "name", "code");
  private final Table attributes =
      new Table(
          "attribute",
          "attributes.csv",
          "id",
          "link_id",
          "link_type",
          "link_entity",
          "taxonomy_term_id",
          "value");
  private final Table taxonomies =
      new Table("taxonomy", "taxonomies.csv", "id", "name", "description", "uri");
  private final Table taxonomyTerms =
      new Table(
          "taxonomy_term",
          "taxonomy_terms.csv",
          "id",
          "code",
          "name",
          "description",
          "taxonomy_id",
          "language");
  private final Table metadata =
      new Table(
          "metadata",
          "metadata.csv",
          "id",
          "resource_id",
          "resource_type",
          "last_action_date",
          "last_action_type",
          "field_name",
          "previous_value",
          "replacement_value",
          "updated_by");

  private HsdsTables() {}

  static HsdsTables of(HsdsExport.Package hsds) {
    HsdsTables tables = new HsdsTables();
    hsds.organizations().forEach(tables::organization);
    hsds.services().forEach(tables::service);
    hsds.taxonomies()
        .forEach(t -> tables.taxonomies.add(t.id(), t.id(), t.name(), t.description(), t.uri()));
    hsds.taxonomyTerms()
        .forEach(
            t ->
                tables.taxonomyTerms.add(
                    t.id(),
                    t.id(),
                    t.code(),
                    t.name(),
                    t.description(),
                    t.taxonomyId(),
                    t.language()));
    return tables;
  }

  List<Table> all() {
    return List.of(
        organizations,
        services,
        locations,
        addresses,
        serviceAtLocations,
        phones,
        schedules,
        serviceAreas,
        languages,
        attributes,
        taxonomies,
        taxonomyTerms,
        metadata);
  }

  private void organization(Hsds.Organization o) {
    organizations.add(o.id(), o.id(), o.name(), o.description(), o.email(), o.website());
    o.phones().forEach(this::phone);
    o.locations().forEach(this::location);
    o.metadata().forEach(this::metadata);
  }

  private void service(Hsds.Service s) {
    services.add(
        s.id(),
        s.id(),
        s.organizationId(),
        s.name(),
        s.description(),
        s.url(),
        s.email(),
        s.status(),
        s.applicationProcess(),
        s.minimumAge(),
        s.maximumAge(),
        s.assuredDate(),
        s.lastModified());
    s.languages().forEach(l -> languages.add(l.id(), l.id(), l.serviceId(), l.name(), l.code()));
    s.serviceAreas()
        .forEach(a -> serviceAreas.add(a.id(), a.id(), a.serviceId(), a.name(), a.uri()));
    s.serviceAtLocations()
        .forEach(
            sal -> {
              serviceAtLocations.add(sal.id(), sal.id(), sal.serviceId(), sal.locationId());
              sal.metadata().forEach(this::metadata);
            });
    s.attributes().forEach(this::attribute);
  }

  private void location(Hsds.Location l) {
    locations.add(l.id(), l.id(), l.locationType(), l.organizationId(), l.name());
    l.addresses()
        .forEach(
            a ->
                addresses.add(
                    a.id(),
                    a.id(),
                    a.locationId(),
                    a.address1(),
                    a.city(),
                    a.stateProvince(),
                    a.postalCode(),
                    a.country(),
                    a.addressType()));
    l.schedules()
        .forEach(
            h ->
                schedules.add(
                    h.id(),
                    h.id(),
                    h.locationId(),
                    h.freq(),
                    h.byday(),
                    h.opensAt(),
                    h.closesAt(),
                    h.notes()));
    l.attributes().forEach(this::attribute);
    l.metadata().forEach(this::metadata);
  }

  private void phone(Hsds.Phone p) {
    phones.add(p.id(), p.id(), p.organizationId(), p.number(), p.type(), p.description());
    p.attributes().forEach(this::attribute);
  }

  private void attribute(Hsds.Attribute a) {
    attributes.add(
        a.id(), a.id(), a.linkId(), a.linkType(), a.linkEntity(), a.taxonomyTermId(), a.value());
  }

  private void metadata(Hsds.Metadata m) {
    metadata.add(
        m.id(),
        m.id(),
        m.resourceId(),
        m.resourceType(),
        m.lastActionDate(),
        m.lastActionType(),
        m.fieldName(),
        m.previousValue(),
        m.replacementValue(),
        Objects.requireNonNull(m.updatedBy()));
  }
}
