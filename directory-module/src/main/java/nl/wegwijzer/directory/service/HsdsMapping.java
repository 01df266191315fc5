package nl.wegwijzer.directory.service;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import nl.wegwijzer.directory.model.AgeGroup;
import nl.wegwijzer.directory.repository.HsdsRows.AreaRow;
import nl.wegwijzer.directory.repository.HsdsRows.CodeRow;
import nl.wegwijzer.directory.repository.HsdsRows.Details;
import nl.wegwijzer.directory.repository.HsdsRows.HoursRow;
import nl.wegwijzer.directory.repository.HsdsRows.LanguageRow;
import nl.wegwijzer.directory.repository.HsdsRows.LocationRow;
import nl.wegwijzer.directory.repository.HsdsRows.OrganisationRow;
import nl.wegwijzer.directory.repository.HsdsRows.PhoneRow;
import nl.wegwijzer.directory.repository.HsdsRows.ServiceRow;
import nl.wegwijzer.directory.repository.HsdsRows.TermRow;

/**
 * Turns the directory's published rows into HSDS objects, with their stable ids (see {@link
 * HsdsIds}): an organisation by its slug, a service by its organisation, care need and place among
 * the organisation's services for that need, a location by its organisation and place in the
 * profile. A confidential location carries its name and municipality only.
 */
final class HsdsMapping {

  static final String[] LANGUAGES = {"nl", "en"};
  private static final String BUNDLE = "nl.wegwijzer.directory.service.hsds";
  private static final ResourceBundle.Control EXACT =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter MODIFIED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final Map<String, TermRow> terms = new LinkedHashMap<>();

  HsdsMapping(List<TermRow> termRows) {
    termRows.forEach(t -> terms.put(t.facet() + "/" + t.code(), t));
  }

  static String text(String language, String key) {
    return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language), EXACT).getString(key);
  }

  static String taxonomyId() {
    return HsdsIds.of("taxonomy", "wegwijzer");
  }

  static String termId(String facet, String code, String language) {
    return HsdsIds.of("taxonomy_term", facet + "/" + code + "/" + language);
  }

  static String organisationId(String slug) {
    return HsdsIds.of("organization", slug);
  }

  static String serviceKey(ServiceRow s) {
    return s.slug() + "/" + s.careNeed() + "/" + s.ordinal();
  }

  static String serviceId(ServiceRow s) {
    return HsdsIds.of("service", serviceKey(s));
  }

  static String locationKey(LocationRow l) {
    return l.slug() + "/" + (l.position() + 1);
  }

  static String locationId(LocationRow l) {
    return HsdsIds.of("location", locationKey(l));
  }

  static String serviceAtLocationId(ServiceRow s, LocationRow l) {
    return HsdsIds.of("service_at_location", serviceKey(s) + "@" + locationKey(l));
  }

  /** Every term of the taxonomy, in each language. */
  List<Hsds.TaxonomyTerm> allTerms() {
    List<Hsds.TaxonomyTerm> all = new ArrayList<>();
    for (TermRow term : terms.values()) {
      for (String language : LANGUAGES) {
        all.add(term(term, language));
      }
    }
    return all;
  }

  Hsds.TaxonomyTerm term(TermRow term, String language) {
    String name = language.equals("nl") ? term.nameNl() : term.nameEn();
    return new Hsds.TaxonomyTerm(
        termId(term.facet(), term.code(), language),
        term.code(),
        name,
        text(language, "facet." + term.facet()) + ": " + name,
        taxonomyId(),
        language);
  }

  static Hsds.Taxonomy taxonomy() {
    return new Hsds.Taxonomy(
        taxonomyId(), text("nl", "taxonomy.name"), text("nl", "taxonomy.description"), null);
  }

  /** The one-to-one fields of an organisation, or with its phones, locations and services. */
  Hsds.Organization organisation(OrganisationRow o, Details details, boolean full) {
    String id = organisationId(o.slug());
    return new Hsds.Organization(
        id,
        o.name(),
        o.description(),
        o.email(),
        o.website(),
        full ? phones(o.id(), o.slug(), details) : null,
        full ? details.locations().stream().map(l -> location(l, details)).toList() : null,
        full ? details.services().stream().map(this::service).toList() : null,
        metadata("organization", id, o.verifiedOn(), o.modifiedAt()));
  }

  /** A service's one-to-one fields. */
  Hsds.Service service(ServiceRow s) {
    boolean minors = s.ageGroups().contains(AgeGroup.MINOR.code());
    boolean adults = s.ageGroups().contains(AgeGroup.ADULT.code());
    return new Hsds.Service(
        serviceId(s),
        organisationId(s.slug()),
        s.name(),
        s.description(),
        s.website(),
        s.email(),
        "active",
        terms.get("access/" + s.access()).nameNl(),
        adults && !minors ? AgeGroup.AGE_OF_MAJORITY : null,
        minors && !adults ? AgeGroup.AGE_OF_MAJORITY - 1 : null,
        s.verifiedOn() == null ? null : s.verifiedOn().toString(),
        MODIFIED.format(s.modifiedAt()),
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** A service with everything related to it: organisation, phones, areas, locations, terms. */
  Hsds.Service fullService(ServiceRow s, Details details) {
    Hsds.Service flat = service(s);
    OrganisationRow organisation =
        details.organisations().stream()
            .filter(o -> o.id() == s.organisationId())
            .findFirst()
            .orElseThrow();
    List<Hsds.ServiceAtLocation> atLocations =
        details.locations().stream()
            .filter(l -> l.organisationId() == s.organisationId())
            .map(l -> serviceAtLocation(s, l, null, null))
            .toList();
    return new Hsds.Service(
        flat.id(),
        flat.organizationId(),
        flat.name(),
        flat.description(),
        flat.url(),
        flat.email(),
        flat.status(),
        flat.applicationProcess(),
        flat.minimumAge(),
        flat.maximumAge(),
        flat.assuredDate(),
        flat.lastModified(),
        organisation(organisation, details, false),
        phones(s.organisationId(), s.slug(), details),
        details.languages().stream()
            .filter(g -> g.organisationId() == s.organisationId())
            .map(
                g ->
                    new Hsds.Language(
                        HsdsIds.of("language", serviceKey(s) + "/" + g.code()),
                        flat.id(),
                        Locale.forLanguageTag(g.code()).getDisplayLanguage(Locale.ENGLISH),
                        g.code()))
            .toList(),
        details.areas().stream().filter(a -> a.serviceId() == s.id()).map(a -> area(a, s)).toList(),
        atLocations,
        serviceAttributes(s, details));
  }

  Hsds.ServiceAtLocation serviceAtLocation(
      ServiceRow s, LocationRow l, Hsds.Service service, Details details) {
    String id = serviceAtLocationId(s, l);
    return new Hsds.ServiceAtLocation(
        id,
        serviceId(s),
        locationId(l),
        service,
        details == null ? null : location(l, details),
        metadata("service_at_location", id, s.verifiedOn(), s.modifiedAt()));
  }

  /**
   * A location: its address and opening hours only when it is public; a confidential one keeps its
   * name and its municipality (as an attribute holding the CBS code).
   */
  Hsds.Location location(LocationRow l, Details details) {
    String id = locationId(l);
    List<Hsds.Address> addresses =
        l.confidential()
                || l.street() == null
                || l.postcode() == null
                || l.city() == null
                || l.province() == null
            ? List.of()
            : List.of(
                new Hsds.Address(
                    HsdsIds.of("address", locationKey(l)),
                    id,
                    l.street(),
                    l.city(),
                    l.province(),
                    l.postcode(),
                    "NL",
                    "physical"));
    List<Hsds.Schedule> schedules =
        l.confidential()
            ? List.of()
            : details.hours().stream()
                .filter(h -> h.locationId() == l.id())
                .sorted(
                    Comparator.comparing(
                        (HoursRow h) -> DayOfWeek.valueOf(h.day().toUpperCase(Locale.ROOT))))
                .map(
                    h ->
                        new Hsds.Schedule(
                            HsdsIds.of(
                                "schedule",
                                locationKey(l) + "/" + h.day() + "/" + TIME.format(h.opens())),
                            id,
                            "WEEKLY",
                            h.day().substring(0, 2).toUpperCase(Locale.ROOT),
                            TIME.format(h.opens()),
                            TIME.format(h.closes()),
                            text("nl", "schedule.notes")))
                .toList();
    List<Hsds.Attribute> attributes =
        l.municipalityCode() == null
            ? List.of()
            : attributes("location", id, "location", "municipality", l.municipalityCode());
    OrganisationRow organisation =
        details.organisations().stream()
            .filter(o -> o.id() == l.organisationId())
            .findFirst()
            .orElseThrow();
    return new Hsds.Location(
        id,
        "physical",
        organisationId(l.slug()),
        l.name(),
        addresses,
        schedules,
        attributes,
        metadata("location", id, organisation.verifiedOn(), organisation.modifiedAt()));
  }

  private List<Hsds.Phone> phones(long organisationId, String slug, Details details) {
    String organisation = organisationId(slug);
    return details.phones().stream()
        .filter(p -> p.organisationId() == organisationId)
        .map(p -> phone(p, slug, organisation))
        .toList();
  }

  private Hsds.Phone phone(PhoneRow p, String slug, String organisation) {
    String id = HsdsIds.of("phone", slug + "/" + (p.position() + 1));
    return new Hsds.Phone(
        id,
        organisation,
        p.number(),
        "voice",
        p.label(),
        p.available24x7() ? attributes("phone", id, "phone", "24x7", null) : List.of());
  }

  private Hsds.ServiceArea area(AreaRow a, ServiceRow s) {
    String key = serviceKey(s) + "/" + a.kind() + (a.code() == null ? "" : "/" + a.code());
    return switch (a.kind()) {
      case "national" ->
          new Hsds.ServiceArea(
              HsdsIds.of("service_area", key),
              serviceId(s),
              text("nl", "area.national"),
              null,
              "urn:wegwijzer:country:NL");
      case "region" ->
          new Hsds.ServiceArea(
              HsdsIds.of("service_area", key),
              serviceId(s),
              a.name(),
              null,
              "urn:wegwijzer:region:" + a.code());
      default ->
          new Hsds.ServiceArea(
              HsdsIds.of("service_area", key),
              serviceId(s),
              a.name(),
              null,
              "urn:wegwijzer:municipality:" + a.code());
    };
  }

  private List<Hsds.Attribute> serviceAttributes(ServiceRow s, Details details) {
    String id = serviceId(s);
    List<Hsds.Attribute> all = new ArrayList<>();
    all.addAll(attributes("service", id, "care-need", s.careNeed(), null));
    all.addAll(attributes("service", id, "access", s.access(), null));
    details.codes().stream()
        .filter(c -> c.serviceId() == s.id())
        .forEach(c -> all.addAll(attributes("service", id, c.facet(), c.code(), null)));
    return all;
  }

  /** The attributes linking an object to a term, one for the term in each language. */
  private List<Hsds.Attribute> attributes(
      String entity, String linkId, String facet, String code, String value) {
    TermRow term = terms.get(facet + "/" + code);
    List<Hsds.Attribute> linked = new ArrayList<>();
    for (String language : LANGUAGES) {
      Hsds.TaxonomyTerm taxonomyTerm = term(term, language);
      linked.add(
          new Hsds.Attribute(
              HsdsIds.of("attribute", linkId + "/" + taxonomyTerm.id()),
              linkId,
              facet,
              entity,
              taxonomyTerm.id(),
              value,
              taxonomyTerm));
    }
    return linked;
  }

  /** The day the profile was last checked (or last changed, if never checked) as metadata. */
  static List<Hsds.Metadata> metadata(
      String kind, String id, LocalDate verifiedOn, Instant modifiedAt) {
    LocalDate day =
        verifiedOn != null ? verifiedOn : modifiedAt.atOffset(ZoneOffset.UTC).toLocalDate();
    return List.of(
        new Hsds.Metadata(
            HsdsIds.of("metadata", kind + "/" + id),
            id,
            kind,
            day.toString(),
            verifiedOn != null ? "verified" : "update",
            "",
            "",
            "",
            text("nl", "metadata.updatedBy")));
  }

  /** The details split by organisation, so that a whole directory maps in one pass. */
  static Map<Long, Details> byOrganisation(Details all) {
    Map<Long, List<ServiceRow>> services = group(all.services(), ServiceRow::organisationId);
    Map<Long, List<LocationRow>> locations = group(all.locations(), LocationRow::organisationId);
    Map<Long, Long> locationOwners = new java.util.HashMap<>();
    all.locations().forEach(l -> locationOwners.put(l.id(), l.organisationId()));
    Map<Long, Long> serviceOwners = new java.util.HashMap<>();
    all.services().forEach(s -> serviceOwners.put(s.id(), s.organisationId()));
    Map<Long, List<HoursRow>> hours = group(all.hours(), h -> locationOwners.get(h.locationId()));
    Map<Long, List<PhoneRow>> phones = group(all.phones(), PhoneRow::organisationId);
    Map<Long, List<LanguageRow>> languages = group(all.languages(), LanguageRow::organisationId);
    Map<Long, List<CodeRow>> codes = group(all.codes(), c -> serviceOwners.get(c.serviceId()));
    Map<Long, List<AreaRow>> areas = group(all.areas(), a -> serviceOwners.get(a.serviceId()));
    Map<Long, Details> split = new LinkedHashMap<>();
    for (OrganisationRow o : all.organisations()) {
      Long id = o.id();
      split.put(
          id,
          new Details(
              List.of(o),
              services.getOrDefault(id, List.of()),
              locations.getOrDefault(id, List.of()),
              hours.getOrDefault(id, List.of()),
              phones.getOrDefault(id, List.of()),
              languages.getOrDefault(id, List.of()),
              codes.getOrDefault(id, List.of()),
              areas.getOrDefault(id, List.of())));
    }
    return split;
  }

  private static <T> Map<Long, List<T>> group(
      List<T> rows, java.util.function.Function<T, Long> key) {
    return rows.stream()
        .collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
  }

  /** The term ids (in both languages) with their facet and code. */
  Map<String, TermRow> termsById() {
    return terms.values().stream()
        .flatMap(
            t ->
                java.util.Arrays.stream(LANGUAGES)
                    .map(language -> Map.entry(termId(t.facet(), t.code(), language), t)))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}
