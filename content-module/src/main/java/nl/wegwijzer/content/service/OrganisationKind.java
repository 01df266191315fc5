package nl.wegwijzer.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.Fields;
import nl.wegwijzer.content.model.PublicPaths;
import nl.wegwijzer.content.model.SimpleHtml;
import nl.wegwijzer.directory.model.AccessRoute;
import nl.wegwijzer.directory.model.AgeGroup;
import nl.wegwijzer.directory.model.AreaScope;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.model.CareService;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.model.Gender;
import nl.wegwijzer.directory.model.Location;
import nl.wegwijzer.directory.model.Municipality;
import nl.wegwijzer.directory.model.NationalityGroup;
import nl.wegwijzer.directory.model.OpeningHours;
import nl.wegwijzer.directory.model.Organisation;
import nl.wegwijzer.directory.model.Phone;
import nl.wegwijzer.directory.model.Region;
import nl.wegwijzer.directory.service.MunicipalityView;
import nl.wegwijzer.directory.service.OrganisationRegistration;
import nl.wegwijzer.directory.service.OrganisationService;
import nl.wegwijzer.directory.service.PlaceService;
import nl.wegwijzer.directory.service.RegionView;
import nl.wegwijzer.directory.support.Coded;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;

/**
 * Organisation profiles, for the workflow. Besides the profile's own fields a version holds
 * repeatable rows, one field per value, numbered from 1: {@code phone.1.number}, {@code
 * location.2.confidential}, {@code service.1.careNeed}; so a version's diff names the row and the
 * value that changed. A location's opening hours are one field per day ({@code location.1.monday} =
 * {@code 09:00-12:00, 13:00-17:00}). Confidential addresses are part of the version (editors need
 * them) and never of the public profile, which leaves them out whatever is stored.
 */
@ApplicationScoped
public class OrganisationKind implements EditableKind<LiveOrganisation> {

  /** The kinds of repeatable rows, in the form's order. */
  public static final List<String> ROWS = List.of("phone", "location", "service");

  public static final List<String> DAYS =
      List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private static final Pattern ROW_FIELD =
      Pattern.compile("^(phone|location|service)\\.([0-9]{1,3})\\.([a-zA-Z]+)$");
  private static final Pattern RANGE =
      Pattern.compile("^([0-2][0-9]:[0-5][0-9])-([0-2][0-9]:[0-5][0-9])$");
  static final Pattern PHONE = Pattern.compile("^[+0-9][0-9 ()-]{5,39}$");
  private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}$");
  static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final OrganisationService registry;
  private final PlaceService places;

  protected OrganisationKind() {
    this(null, null);
  }

  @Inject
  public OrganisationKind(OrganisationService registry, PlaceService places) {
    this.registry = registry;
    this.places = places;
  }

  @Override
  public EditorialKind kind() {
    return EditorialKind.ORGANISATION;
  }

  @Override
  public String table() {
    return "directory.organisation";
  }

  @Override
  public String titleField() {
    return "name";
  }

  @Override
  public List<FieldSpec> fields() {
    return List.of(
        FieldSpec.slug(),
        FieldSpec.line("name", true, 200),
        new FieldSpec("description", FieldSpec.Type.RICH, true, 8000, List.of()),
        new FieldSpec("descriptionEn", FieldSpec.Type.RICH, false, 8000, List.of()),
        FieldSpec.line("website", false, 300),
        FieldSpec.line("email", false, 200),
        FieldSpec.line("languages", false, 200));
  }

  /** The values of one row of a kind, by name, in the form's order. */
  public List<FieldSpec> rowFields(String row) {
    List<FieldSpec> specs = new ArrayList<>();
    switch (row) {
      case "phone" -> {
        specs.add(FieldSpec.line("number", true, 40));
        specs.add(FieldSpec.line("label", true, 80));
        specs.add(FieldSpec.flag("allDay"));
      }
      case "location" -> {
        specs.add(FieldSpec.line("name", true, 200));
        specs.add(FieldSpec.line("street", false, 200));
        specs.add(FieldSpec.line("postcode", false, 10));
        specs.add(FieldSpec.line("city", false, 120));
        specs.add(FieldSpec.choice("municipality", false, municipalityOptions()));
        specs.add(FieldSpec.flag("confidential"));
        DAYS.forEach(day -> specs.add(FieldSpec.line(day, false, 60)));
      }
      case "service" -> {
        specs.add(FieldSpec.line("name", true, 200));
        specs.add(FieldSpec.text("description", true, 4000));
        specs.add(FieldSpec.line("nameEn", false, 200));
        specs.add(FieldSpec.text("descriptionEn", false, 4000));
        specs.add(FieldSpec.choice("careNeed", true, TextKinds.codes(CareNeed.class)));
        specs.add(FieldSpec.choice("access", true, TextKinds.codes(AccessRoute.class)));
        specs.add(FieldSpec.choices("ageGroups", TextKinds.codes(AgeGroup.class)));
        specs.add(FieldSpec.choices("genders", TextKinds.codes(Gender.class)));
        specs.add(FieldSpec.choices("nationalities", TextKinds.codes(NationalityGroup.class)));
        specs.add(FieldSpec.choices("forms", TextKinds.codes(ExploitationForm.class)));
        specs.add(FieldSpec.choice("scope", true, TextKinds.codes(AreaScope.class)));
        specs.add(
            FieldSpec.choices(
                "regions",
                TextKinds.options(places.regions(), RegionView::code, RegionView::name)));
        specs.add(FieldSpec.choices("municipalities", municipalityOptions()));
      }
      default -> throw new IllegalArgumentException(row);
    }
    return specs;
  }

  private List<FieldSpec.Option> municipalityOptions() {
    return TextKinds.options(
        places.municipalities(null), MunicipalityView::code, MunicipalityView::name);
  }

  @Override
  public Optional<LiveOrganisation> live(String slug) {
    return registry.find(slug).map(o -> new LiveOrganisation(o, registry));
  }

  @Override
  public Long idOf(LiveOrganisation live) {
    return live.organisation().id();
  }

  @Override
  public Fields snapshot(LiveOrganisation live) {
    Organisation o = live.organisation();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("name", o.name());
    values.put("description", o.description());
    values.put("descriptionEn", o.descriptionEn());
    values.put("website", o.website());
    values.put("email", o.email());
    values.put("languages", String.join(", ", o.languages().stream().sorted().toList()));
    int n = 1;
    for (Phone phone : o.phones()) {
      values.put("phone." + n + ".number", phone.number());
      values.put("phone." + n + ".label", phone.label());
      values.put("phone." + n + ".allDay", Boolean.toString(phone.available24x7()));
      n++;
    }
    n = 1;
    for (Location location : o.locations()) {
      String p = "location." + n + ".";
      values.put(p + "name", location.name());
      Location.Address address = location.addressForEditors();
      values.put(p + "street", address.street());
      values.put(p + "postcode", address.postcode());
      values.put(p + "city", address.city());
      values.put(
          p + "municipality", location.municipality().map(Municipality::cbsCode).orElse(null));
      values.put(p + "confidential", Boolean.toString(location.isConfidential()));
      Map<DayOfWeek, List<String>> byDay = new TreeMap<>();
      for (OpeningHours hours : location.hours()) {
        byDay
            .computeIfAbsent(hours.day(), d -> new ArrayList<>())
            .add(TIME.format(hours.opens()) + "-" + TIME.format(hours.closes()));
      }
      byDay.forEach(
          (day, ranges) ->
              values.put(p + day.name().toLowerCase(Locale.ROOT), String.join(", ", ranges)));
      n++;
    }
    n = 1;
    for (CareService service : o.services()) {
      String p = "service." + n + ".";
      values.put(p + "name", service.name());
      values.put(p + "description", service.description());
      values.put(p + "nameEn", service.nameEn());
      values.put(p + "descriptionEn", service.descriptionEn());
      values.put(p + "careNeed", service.careNeed().code());
      values.put(p + "access", service.access().code());
      values.put(p + "ageGroups", codes(service.ageGroups()));
      values.put(p + "genders", codes(service.genders()));
      values.put(p + "nationalities", codes(service.nationalityGroups()));
      values.put(p + "forms", codes(service.forms()));
      values.put(p + "scope", service.areaScope().code());
      values.put(
          p + "regions",
          service.regions().stream().map(Region::code).sorted().collect(Collectors.joining(", ")));
      values.put(
          p + "municipalities",
          service.municipalities().stream()
              .map(Municipality::cbsCode)
              .sorted()
              .collect(Collectors.joining(", ")));
      n++;
    }
    return new Fields(values);
  }

  private static <E extends Enum<E> & Coded> String codes(Set<E> values) {
    return values.stream().sorted().map(Coded::code).collect(Collectors.joining(", "));
  }

  /** The rows of a kind in a version: by number, each its values by name. */
  public static Map<Integer, Map<String, String>> rows(Fields fields, String row) {
    Map<Integer, Map<String, String>> rows = new TreeMap<>();
    fields
        .asMap()
        .forEach(
            (name, value) -> {
              Matcher m = ROW_FIELD.matcher(name);
              if (m.matches() && m.group(1).equals(row)) {
                rows.computeIfAbsent(Integer.parseInt(m.group(2)), k -> new LinkedHashMap<>())
                    .put(m.group(3), value);
              }
            });
    return rows;
  }

  /**
   * The profile's own fields cleaned as for every kind, and the rows renumbered from 1 in their
   * order, empty rows left out, flags as true/false and lists in a fixed form.
   */
  @Override
  public Fields clean(Fields fields) {
    Map<String, String> cleaned = new LinkedHashMap<>(EditableKind.super.clean(fields).asMap());
    for (String row : ROWS) {
      List<FieldSpec> specs = rowFields(row);
      int n = 1;
      for (Map<String, String> values : rows(fields, row).values()) {
        boolean blank =
            specs.stream()
                .filter(s -> s.type() != FieldSpec.Type.FLAG)
                .allMatch(s -> values.getOrDefault(s.name(), "").isBlank());
        if (blank) {
          continue;
        }
        for (FieldSpec spec : specs) {
          String value = values.get(spec.name());
          if (value == null || value.isBlank()) {
            continue;
          }
          cleaned.put(
              row + "." + n + "." + spec.name(),
              switch (spec.type()) {
                case CHOICES -> String.join(", ", EditableKind.list(value));
                case FLAG -> Boolean.toString("true".equalsIgnoreCase(value) || "on".equals(value));
                default -> value.strip();
              });
        }
        n++;
      }
    }
    return new Fields(cleaned);
  }

  @Override
  public List<FieldProblem> check(Fields fields, String slug, boolean complete) {
    List<FieldProblem> problems = new ArrayList<>(EditableKind.super.check(fields, slug, complete));
    String website = fields.optional("website");
    if (website != null && !website.matches("^https?://\\S+$")) {
      problems.add(FieldProblem.of("website", "website-format"));
    }
    String email = fields.optional("email");
    if (email != null && !EMAIL.matcher(email).matches()) {
      problems.add(FieldProblem.of("email", "email-format"));
    }
    for (String language : EditableKind.list(fields.get("languages"))) {
      if (!LANGUAGE.matcher(language.toLowerCase(Locale.ROOT)).matches()) {
        problems.add(FieldProblem.of("languages", "language-format"));
        break;
      }
    }
    for (String row : ROWS) {
      List<FieldSpec> specs = rowFields(row);
      rows(fields, row).forEach((n, values) -> checkRow(row, n, specs, values, complete, problems));
    }
    if (complete && rows(fields, "service").isEmpty()) {
      problems.add(FieldProblem.of("services", "at-least-one-service"));
    }
    if (problems.isEmpty() && complete) {
      try {
        registry.check(registration(fields, slug));
      } catch (InvalidInputException | NotFoundException e) {
        problems.add(FieldProblem.of("profile", "invalid"));
      }
    }
    return problems;
  }

  private void checkRow(
      String row,
      int n,
      List<FieldSpec> specs,
      Map<String, String> values,
      boolean complete,
      List<FieldProblem> problems) {
    String prefix = row + "." + n + ".";
    for (FieldSpec spec : specs) {
      String value = values.get(spec.name());
      String field = prefix + spec.name();
      if (value == null || value.isBlank()) {
        if (spec.required() && complete) {
          problems.add(FieldProblem.of(field, "required"));
        }
        continue;
      }
      if (value.strip().length() > spec.maxLength()) {
        problems.add(new FieldProblem(field, "too-long", spec.maxLength()));
        continue;
      }
      Set<String> allowed =
          spec.options().stream().map(FieldSpec.Option::value).collect(Collectors.toSet());
      if ((spec.type() == FieldSpec.Type.CHOICE && !allowed.contains(value.strip()))
          || (spec.type() == FieldSpec.Type.CHOICES
              && !allowed.containsAll(EditableKind.list(value)))) {
        problems.add(FieldProblem.of(field, "unknown-choice"));
      } else if (row.equals("phone")
          && spec.name().equals("number")
          && !PHONE.matcher(value.strip()).matches()) {
        problems.add(FieldProblem.of(field, "phone-format"));
      } else if (DAYS.contains(spec.name()) && ranges(value) == null) {
        problems.add(FieldProblem.of(field, "hours-format"));
      }
    }
    if (row.equals("service") && complete) {
      for (String list : List.of("ageGroups", "genders", "nationalities", "forms")) {
        if (values.getOrDefault(list, "").isBlank()) {
          problems.add(FieldProblem.of(prefix + list, "choose-one"));
        }
      }
      String scope = values.getOrDefault("scope", "");
      if (scope.equals("regions") && values.getOrDefault("regions", "").isBlank()) {
        problems.add(FieldProblem.of(prefix + "regions", "choose-one"));
      }
      if (scope.equals("municipalities") && values.getOrDefault("municipalities", "").isBlank()) {
        problems.add(FieldProblem.of(prefix + "municipalities", "choose-one"));
      }
    }
  }

  /** Opening hours of one day ('09:00-12:00, 13:00-17:00') as (opens, closes) pairs, or null. */
  static List<String[]> ranges(String value) {
    List<String[]> ranges = new ArrayList<>();
    for (String part : value.split(",")) {
      Matcher m = RANGE.matcher(part.strip());
      if (!m.matches()
          || m.group(2).compareTo(m.group(1)) <= 0
          || m.group(2).compareTo("24:00") > 0) {
        return null;
      }
      ranges.add(new String[] {m.group(1), m.group(2)});
    }
    return ranges;
  }

  /** The whole profile of a version as the directory registers it. */
  OrganisationRegistration registration(Fields fields, String slug) {
    List<OrganisationRegistration.PhoneEntry> phones = new ArrayList<>();
    rows(fields, "phone")
        .values()
        .forEach(
            v ->
                phones.add(
                    new OrganisationRegistration.PhoneEntry(
                        v.get("number"), v.get("label"), "true".equals(v.get("allDay")))));
    List<OrganisationRegistration.LocationEntry> locations = new ArrayList<>();
    for (Map<String, String> v : rows(fields, "location").values()) {
      List<OrganisationRegistration.HoursEntry> hours = new ArrayList<>();
      for (String day : DAYS) {
        String value = v.get(day);
        if (value != null && !value.isBlank()) {
          List<String[]> ranges = ranges(value);
          if (ranges == null) {
            throw new InvalidInputException("hours", "'" + value + "' is not a time range");
          }
          for (String[] range : ranges) {
            hours.add(
                new OrganisationRegistration.HoursEntry(
                    DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)), range[0], range[1]));
          }
        }
      }
      locations.add(
          new OrganisationRegistration.LocationEntry(
              v.get("name"),
              v.get("street"),
              v.get("postcode"),
              v.get("city"),
              v.get("municipality"),
              "true".equals(v.get("confidential")),
              hours));
    }
    List<OrganisationRegistration.ServiceEntry> services = new ArrayList<>();
    for (Map<String, String> v : rows(fields, "service").values()) {
      AreaScope scope = parse(AreaScope.class, "scope", v.get("scope"));
      services.add(
          new OrganisationRegistration.ServiceEntry(
              v.get("name"),
              v.get("description"),
              parse(CareNeed.class, "careNeed", v.get("careNeed")),
              parse(AccessRoute.class, "access", v.get("access")),
              parseAll(AgeGroup.class, "ageGroups", v.get("ageGroups")),
              parseAll(Gender.class, "genders", v.get("genders")),
              parseAll(NationalityGroup.class, "nationalities", v.get("nationalities")),
              parseAll(ExploitationForm.class, "forms", v.get("forms")),
              new OrganisationRegistration.AreaEntry(
                  scope,
                  scope == AreaScope.REGIONS ? EditableKind.list(v.get("regions")) : List.of(),
                  scope == AreaScope.MUNICIPALITIES
                      ? EditableKind.list(v.get("municipalities"))
                      : List.of()),
              v.get("nameEn"),
              v.get("descriptionEn")));
    }
    return new OrganisationRegistration(
        slug,
        fields.get("name"),
        SimpleHtml.sanitise(fields.get("description")),
        fields.optional("website"),
        fields.optional("email"),
        EditableKind.list(fields.get("languages")).stream()
            .map(l -> l.toLowerCase(Locale.ROOT))
            .toList(),
        phones,
        locations,
        services,
        fields.optional("descriptionEn") == null
            ? null
            : SimpleHtml.sanitise(fields.optional("descriptionEn")));
  }

  private static <E extends Enum<E> & Coded> E parse(Class<E> type, String field, String value) {
    return value == null ? null : Coded.parse(type, field, value);
  }

  private static <E extends Enum<E> & Coded> Set<E> parseAll(
      Class<E> type, String field, String value) {
    Set<E> parsed = new LinkedHashSet<>();
    for (String code : EditableKind.list(value)) {
      parsed.add(Coded.parse(type, field, code));
    }
    return parsed;
  }

  @Override
  public LiveOrganisation apply(Fields fields, String slug, Optional<LiveOrganisation> live) {
    OrganisationRegistration registration = registration(fields, slug);
    if (live.isPresent()) {
      registry.replace(live.get().organisation(), registration);
      return live.get();
    }
    return new LiveOrganisation(registry.create(registration), registry);
  }

  /**
   * The profile's name and description; the edit page itself shows the rows. Nothing of a location
   * is in it, so a confidential address cannot reach a preview either.
   */
  @Override
  public RevisionPreview preview(Fields fields, String slug) {
    return new RevisionPreview(
        publicPath(fields, slug),
        null,
        new RevisionPreview.ArticlePreview(
            "organisaties", fields.get("name"), null, fields.get("description"), false, null));
  }

  @Override
  public String publicPath(Fields fields, String slug) {
    return PublicPaths.ORGANISATION.itemPath(slug);
  }
}
