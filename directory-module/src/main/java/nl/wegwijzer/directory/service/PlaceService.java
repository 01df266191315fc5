package nl.wegwijzer.directory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.wegwijzer.directory.model.Municipality;
import nl.wegwijzer.directory.model.PlaceMatch;
import nl.wegwijzer.directory.model.PostcodeArea;
import nl.wegwijzer.directory.model.Region;
import nl.wegwijzer.directory.repository.MunicipalityRepository;
import nl.wegwijzer.directory.repository.PostcodeAreaRepository;
import nl.wegwijzer.directory.repository.RegionRepository;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;

/** Regions and municipalities, and finding a place from what a visitor types. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlaceService {

  private static final int MAX_SUGGESTIONS = 20;

  /** How many names an unknown name offers instead: enough for a typo, few enough to read. */
  private static final int MAX_CLOSEST = 5;

  private final RegionRepository regions;
  private final MunicipalityRepository municipalities;
  private final PostcodeAreaRepository postcodes;

  protected PlaceService() {
    this(null, null, null);
  }

  @Inject
  public PlaceService(
      RegionRepository regions,
      MunicipalityRepository municipalities,
      PostcodeAreaRepository postcodes) {
    this.regions = regions;
    this.municipalities = municipalities;
    this.postcodes = postcodes;
  }

  public List<RegionView> regions() {
    return regions.all().stream().map(RegionView::of).toList();
  }

  public Region region(String code) {
    return regions.getByCode(code);
  }

  /** By id: from the shared cache (regions are cacheable) without a query once it was read. */
  public Region region(long id) {
    return regions.get(id);
  }

  /** Each region's id by its code. */
  public Map<String, Long> regionIds() {
    return regions.all().stream().collect(Collectors.toMap(Region::code, Region::id));
  }

  public Optional<Region> findRegion(String code) {
    return regions.findByCode(code);
  }

  /** The region the municipality with this CBS code is in today. */
  public RegionView regionOf(String cbsCode) {
    return regionOf(cbsCode, LocalDate.now());
  }

  /**
   * The region the municipality with this CBS code is in on {@code day}, from its dated
   * assignments: a merger or a region change answers differently before and after its date.
   */
  public RegionView regionOf(String cbsCode, LocalDate day) {
    return municipalities
        .regionOn(cbsCode, day)
        .map(RegionView::of)
        .orElseThrow(() -> new NotFoundException("region of municipality on " + day, cbsCode));
  }

  /** The editors' worklist: assignments valid today that no source confirms, with the reason. */
  public List<UnconfirmedAssignmentView> unconfirmedAssignments() {
    return municipalities.unconfirmedOn(LocalDate.now());
  }

  /** Municipalities whose name starts with the typed text; all of them when nothing is typed. */
  public List<MunicipalityView> municipalities(String typed) {
    return typed == null || typed.isBlank()
        ? municipalities.startingWith("", Integer.MAX_VALUE)
        : municipalities.startingWith(typed, MAX_SUGGESTIONS);
  }

  /** The municipality with this URL key, the key of its region in the editorial workflow. */
  public Optional<Municipality> municipalityBySlug(String slug) {
    return municipalities.findBySlug(slug);
  }

  /** The central municipality of the region (the centrumgemeente), which it is named after. */
  public Municipality centralMunicipality(Region region) {
    return municipalities.centralOf(region);
  }

  public Municipality municipalityByCbsCode(String code) {
    return municipalities.getByCbsCode(code);
  }

  /**
   * The municipality for a name, a CBS code or a postcode, as a visitor types it, today. An unknown
   * name or postcode is an {@link InvalidInputException} that says which it was.
   */
  public Municipality resolve(String typed, String field) {
    return place(typed, field, LocalDate.now(AuditTrail.ZONE)).municipality();
  }

  /** The most words a place name in a search text has ('Bergen op Zoom', 'Land van Cuijk'). */
  private static final int MAX_PLACE_WORDS = 4;

  /**
   * The place named inside a search text, if any: a postcode ('4331', '4331 AB') or the name of one
   * municipality as {@link #place} reads it (the longest run of words that is a name wins). A name
   * that fits several municipalities ('Bergen') is left as words. Only runs of words that are a
   * known name are looked up, so the text costs no query when it names no place.
   */
  public Optional<PlaceInText> placeIn(String text, LocalDate day) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    List<String> words = List.of(text.strip().split("\\s+"));
    for (int at = 0; at < words.size(); at++) {
      for (int length : new int[] {2, 1}) {
        if (at + length > words.size()) {
          continue;
        }
        String typed = String.join(" ", words.subList(at, at + length));
        if (PostcodeArea.pc4Of(typed).isPresent() && (length == 1 || typed.matches(".*[A-Za-z]"))) {
          Optional<PostcodeArea> area = postcodes.findByPc4(PostcodeArea.pc4Of(typed).get());
          if (area.isPresent()) {
            return Optional.of(
                found(new PlaceMatch(area.get().municipality(), null), words, at, length));
          }
        }
      }
    }
    for (int length = Math.min(MAX_PLACE_WORDS, words.size()); length > 0; length--) {
      for (int at = 0; at + length <= words.size(); at++) {
        String typed = String.join(" ", words.subList(at, at + length));
        if (!municipalities.isPlaceName(typed)) {
          continue;
        }
        List<PlaceMatch> candidates = municipalities.matching(typed, day);
        if (candidates.size() == 1) {
          return Optional.of(found(candidates.get(0), words, at, length));
        }
      }
    }
    return Optional.empty();
  }

  private static PlaceInText found(PlaceMatch match, List<String> words, int at, int length) {
    List<String> rest = new java.util.ArrayList<>(words.subList(0, at));
    rest.addAll(words.subList(at + length, words.size()));
    return new PlaceInText(
        match, String.join(" ", words.subList(at, at + length)), String.join(" ", rest));
  }

  /**
   * The one way every place input is read: a postcode, a CBS code, or a name as people type it
   * (without accents, with spaces or hyphens, as a URL key, a common name such as 'Den Bosch', or
   * the name of a municipality that had merged into another by {@code day}). The match says which
   * other name it was found by, so that an answer can say that 'Brielle' is now part of Voorne aan
   * Zee. Unknown is an {@link UnknownPlaceException} with the closest names (a typo's likely
   * meaning); a name that fits several municipalities ('Bergen') an {@link
   * AmbiguousPlaceException}.
   */
  public PlaceMatch place(String typed, String field, LocalDate day) {
    if (typed == null || typed.isBlank()) {
      throw new InvalidInputException(field, "fill in a municipality or a postcode");
    }
    Optional<String> pc4 = PostcodeArea.pc4Of(typed);
    if (pc4.isPresent()) {
      return postcodes
          .findByPc4(pc4.get())
          .map(area -> new PlaceMatch(area.municipality(), null))
          .orElseThrow(() -> new UnknownPlaceException(field, typed.strip(), true));
    }
    if (typed.strip().matches("(?i)^GM\\d{4}$")) {
      return municipalities
          .findByCbsCode(typed)
          .map(municipality -> new PlaceMatch(municipality, null))
          .orElseThrow(() -> new UnknownPlaceException(field, typed.strip(), false));
    }
    List<PlaceMatch> candidates = municipalities.matching(typed, day);
    if (candidates.isEmpty()) {
      throw new UnknownPlaceException(
          field, typed.strip(), false, municipalities.closestNames(typed, day, MAX_CLOSEST));
    }
    if (candidates.size() > 1) {
      throw new AmbiguousPlaceException(
          field,
          typed.strip(),
          candidates.stream().map(match -> match.municipality().name()).toList());
    }
    return candidates.get(0);
  }
}
