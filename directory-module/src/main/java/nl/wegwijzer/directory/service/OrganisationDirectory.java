package nl.wegwijzer.directory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.wegwijzer.directory.model.AgeGroup;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.model.Gender;
import nl.wegwijzer.directory.model.Municipality;
import nl.wegwijzer.directory.model.NationalityGroup;
import nl.wegwijzer.directory.model.NearbyHelp;
import nl.wegwijzer.directory.model.Organisation;
import nl.wegwijzer.directory.model.OrganisationSort;
import nl.wegwijzer.directory.model.OrganisationSummary;
import nl.wegwijzer.directory.model.Region;
import nl.wegwijzer.directory.repository.HelpFilter;
import nl.wegwijzer.directory.repository.OrganisationFilter;
import nl.wegwijzer.directory.repository.OrganisationRepository;
import nl.wegwijzer.directory.support.AnswerCounts;
import nl.wegwijzer.directory.support.Coded;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.directory.support.SearchText;
import nl.wegwijzer.directory.support.Synonyms;

/** The public directory: searching organisations and reading a profile. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrganisationDirectory {

  private static final int MAX_TEXT_LENGTH = 200;

  private final OrganisationRepository organisations;
  private final PlaceService places;
  private final SearchSynonyms synonyms;

  protected OrganisationDirectory() {
    this(null, null, null);
  }

  @Inject
  public OrganisationDirectory(
      OrganisationRepository organisations, PlaceService places, SearchSynonyms synonyms) {
    this.organisations = organisations;
    this.places = places;
    this.synonyms = synonyms;
  }

  /**
   * The place a search text names ('opvang Den Bosch', 'advocaat 4331'), with the rest of the
   * words; the directory search treats it as the municipality filter when no place was chosen.
   */
  public Optional<PlaceInText> placeIn(String text) {
    return places.placeIn(text, LocalDate.now(AuditTrail.ZONE));
  }

  /** In a transaction of its own (or the caller's), which the search's plan setting lasts for. */
  @Transactional(Transactional.TxType.REQUIRED)
  public Page<OrganisationSummary> search(DirectoryQuery query, PageRequest page) {
    return search(query, page, false);
  }

  /**
   * The English site's search: as {@link #search}, with the words also matching the profiles'
   * English texts (stemmed as English: 'shelters' finds 'shelter').
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public Page<OrganisationSummary> searchInEnglish(DirectoryQuery query, PageRequest page) {
    return search(query, page, true);
  }

  /**
   * The search generation is read once, as the search begins: the kept answers and the search terms
   * are both valid under it.
   */
  private Page<OrganisationSummary> search(
      DirectoryQuery query, PageRequest page, boolean english) {
    long generation = organisations.beginSearch();
    return organisations.search(
        filterOf(query, english, synonyms.current(generation)), page, generation);
  }

  /** How many searches this node answered from its kept answers, and how many it computed. */
  public AnswerCounts answerCounts() {
    return organisations.answerCounts();
  }

  /** The most that {@link #nearby} answers per need. */
  public static final int MAX_PER_NEED = 20;

  /**
   * Per care need, the organisations that fit the person, nearest first: in the municipality, then
   * its region, then national (without a place: national only). A wrong code or an unknown place is
   * an {@link InvalidInputException} naming it.
   */
  public List<NearbyHelp> nearby(HelpQuery query, int perNeed) {
    return nearby(query, perNeed, null);
  }

  private List<NearbyHelp> nearby(HelpQuery query, int perNeed, Region within) {
    if (perNeed < 1 || perNeed > MAX_PER_NEED) {
      throw new InvalidInputException("perNeed", "must be between 1 and " + MAX_PER_NEED);
    }
    Set<CareNeed> needs = new LinkedHashSet<>();
    for (String need : query.needs()) {
      needs.add(Coded.parse(CareNeed.class, "need", need));
    }
    Set<ExploitationForm> forms = EnumSet.noneOf(ExploitationForm.class);
    for (String form : query.forms()) {
      forms.add(Coded.parse(ExploitationForm.class, "form", form));
    }
    Set<String> languages = new TreeSet<>(HelpQuery.languageCodes(query.languages()));
    return organisations.nearby(
        new HelpFilter(
            List.copyOf(needs),
            blank(query.municipality())
                ? null
                : places.resolve(query.municipality(), "municipality"),
            parse(AgeGroup.class, "age", query.age()),
            parse(Gender.class, "gender", query.gender()),
            parse(NationalityGroup.class, "nationality", query.nationality()),
            forms,
            languages,
            query.urgent(),
            within),
        perNeed);
  }

  /**
   * Per care need, the organisations that serve a region and fit, nearest first as seen from a
   * place in it: the query's municipality (say, where the person lives) when it lies in the region,
   * else the region's central municipality. Nearest first: serving that municipality, then the
   * whole region, then another of its municipalities, then the whole country; by name within each
   * ({@link nl.wegwijzer.directory.model.Nearness}). The answer names the place it measured from.
   */
  public NearestInRegion nearestInRegion(HelpQuery query, String region, int perNeed) {
    Region chosen = regionOf(region);
    Municipality given =
        blank(query.municipality()) ? null : places.resolve(query.municipality(), "municipality");
    Municipality from =
        given != null && given.region().equals(chosen) ? given : places.centralMunicipality(chosen);
    HelpQuery fromThere =
        new HelpQuery(
            query.needs(),
            from.cbsCode(),
            query.age(),
            query.gender(),
            query.nationality(),
            query.forms(),
            query.languages(),
            query.urgent());
    return new NearestInRegion(
        MunicipalityView.of(from), from != given, nearby(fromThere, perNeed, chosen));
  }

  /**
   * The order of the list: the one chosen, else by relevance to typed words, else by name. Never
   * refuses: the page draws its sort choice even when a filter was refused.
   */
  public OrganisationSort sortOf(DirectoryQuery query) {
    OrganisationSort chosen =
        blank(query.sort()) ? null : Coded.find(OrganisationSort.class, query.sort()).orElse(null);
    Optional<PlaceInText> typedPlace = typedPlace(query);
    return new OrganisationFilter(
            SearchText.of(typedPlace.map(PlaceInText::rest).orElse(query.text())),
            null,
            null,
            typedPlace.map(p -> p.match().municipality()).orElse(null),
            null,
            null,
            null,
            null,
            null,
            chosen,
            typedPlace.isPresent(),
            false)
        .sort();
  }

  /** Checks every part of the query; a wrong value is an {@link InvalidInputException}. */
  OrganisationFilter filterOf(DirectoryQuery query, boolean english) {
    return filterOf(query, english, synonyms.current());
  }

  private OrganisationFilter filterOf(DirectoryQuery query, boolean english, Synonyms terms) {
    if (query.text() != null && query.text().length() > MAX_TEXT_LENGTH) {
      throw new InvalidInputException("q", "is longer than " + MAX_TEXT_LENGTH + " characters");
    }
    Region region = blank(query.region()) ? null : regionOf(query.region());
    Municipality municipality =
        blank(query.municipality()) ? null : places.resolve(query.municipality(), "municipality");
    Optional<PlaceInText> typedPlace = typedPlace(query);
    if (typedPlace.isPresent()) {
      municipality = typedPlace.get().match().municipality();
    }
    return new OrganisationFilter(
        SearchText.of(typedPlace.map(PlaceInText::rest).orElse(query.text()), terms),
        parse(CareNeed.class, "need", query.need()),
        region,
        municipality,
        parse(AgeGroup.class, "age", query.age()),
        parse(Gender.class, "gender", query.gender()),
        parse(NationalityGroup.class, "nationality", query.nationality()),
        parse(ExploitationForm.class, "form", query.form()),
        languageOf(query.language()),
        parse(OrganisationSort.class, "sort", query.sort()),
        typedPlace.isPresent(),
        english);
  }

  /** A place named in the text counts only when no place was chosen in the filters. */
  private Optional<PlaceInText> typedPlace(DirectoryQuery query) {
    if (!blank(query.municipality()) || !blank(query.region()) || blank(query.text())) {
      return Optional.empty();
    }
    return placeIn(query.text());
  }

  public List<String> languagesOffered() {
    return organisations.languagesOffered();
  }

  /** Whether the organisation is in the public directory (published, not a draft or archived). */
  public boolean lists(String slug) {
    return organisations.findBySlug(slug).filter(Organisation::isPublished).isPresent();
  }

  public OrganisationProfile profile(String slug) {
    Organisation organisation = organisations.getBySlug(slug);
    if (!organisation.isPublished()) {
      throw new NotFoundException("organisation", slug);
    }
    return OrganisationProfile.of(organisation);
  }

  private Region regionOf(String code) {
    return places
        .findRegion(code.strip().toLowerCase(Locale.ROOT))
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "region",
                    "'"
                        + code
                        + "' is not a region; use one of: "
                        + String.join(
                            ", ",
                            places.regions().stream()
                                .sorted(Comparator.comparing(RegionView::code))
                                .map(RegionView::code)
                                .toList())));
  }

  private static String languageOf(String code) {
    return blank(code) ? null : HelpQuery.languageCodes(List.of(code)).get(0);
  }

  private static <E extends Enum<E> & Coded> E parse(Class<E> type, String field, String value) {
    return blank(value) ? null : Coded.parse(type, field, value);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
