package nl.wegwijzer.directory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.wegwijzer.directory.model.AgeGroup;
import nl.wegwijzer.directory.model.AgeRange;
import nl.wegwijzer.directory.model.CoordinationPeriod;
import nl.wegwijzer.directory.model.Municipality;
import nl.wegwijzer.directory.model.PlaceMatch;
import nl.wegwijzer.directory.model.PostcodeArea;
import nl.wegwijzer.directory.repository.CoordinationRepository;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;

/** Answers "who is the care coordinator for this place (and this age) on this day?". */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CoordinatorFinder {

  private final PlaceService places;
  private final CoordinationRepository coordinations;

  protected CoordinatorFinder() {
    this(null, null);
  }

  @Inject
  public CoordinatorFinder(PlaceService places, CoordinationRepository coordinations) {
    this.places = places;
    this.coordinations = coordinations;
  }

  /** Today in the Netherlands: the day a lookup answers for unless it names another. */
  public static LocalDate today() {
    return LocalDate.now(AuditTrail.ZONE);
  }

  /**
   * As of today.
   *
   * @param place a municipality name, CBS code or postcode
   * @param age the victim's age, or null when not (yet) known
   */
  public CoordinatorAnswer find(String place, Integer age) {
    return find(place, age, "place", today());
  }

  /**
   * The answer on {@code on}, naming {@code field} in the error for an unknown place. The region's
   * points in force that day whose age band covers the age; where none does, the national point.
   */
  public CoordinatorAnswer find(String place, Integer age, String field, LocalDate on) {
    if (age != null && (age < 0 || age > AgeRange.OLDEST_AGE)) {
      throw new InvalidInputException("age", "must be between 0 and " + AgeRange.OLDEST_AGE);
    }
    return find(place, age == null ? AgeRange.unknown() : AgeRange.exactly(age), field, on);
  }

  /**
   * The same for an age group instead of an age (the route asks only minor or adult): a point is
   * left out only when its band rules out the whole group. An adult where the region splits at 18
   * gets the adults' point alone; where it splits at 23, both points with their bands, since an
   * adult under 23 belongs to the younger one.
   *
   * @param group null when not given: every point of the region, each with its band
   */
  public CoordinatorAnswer findForAgeGroup(
      String place, AgeGroup group, String field, LocalDate on) {
    return find(place, AgeRange.of(group), field, on);
  }

  private CoordinatorAnswer find(String place, AgeRange ages, String field, LocalDate on) {
    PlaceMatch match = places.place(place, field, on);
    Municipality municipality = match.municipality();
    FormerMunicipality former =
        match.formerName().map(name -> FormerMunicipality.of(name, municipality)).orElse(null);
    Optional<String> postcode = PostcodeArea.pc4Of(place);
    List<CoordinationPeriod> regional =
        coordinations.inRegionOn(municipality.regionOn(on).orElse(municipality.region()), on);
    List<CoordinationPeriod> fitting = regional.stream().filter(p -> p.admits(ages)).toList();
    MunicipalityView where = MunicipalityView.of(municipality);
    if (fitting.isEmpty()) {
      return national(where, former, postcode.orElse(null), on);
    }
    return new CoordinatorAnswer(
        where,
        former,
        postcode.orElse(null),
        fitting.stream().anyMatch(p -> p.undecidedFor(ages)),
        false,
        fitting.stream().flatMap(p -> p.splitAge().stream()).findFirst().orElse(null),
        fitting.stream().map(CoordinatorView::of).toList(),
        on);
  }

  /** The national point's coordinators on {@code on}; none while it is not set up. */
  public List<CoordinatorView> findNational(LocalDate on) {
    return coordinations.nationalOn(on).map(CoordinatorView::of).map(List::of).orElse(List.of());
  }

  /** For a question without place: the national point on {@code on}. */
  public CoordinatorAnswer national(LocalDate on) {
    return national(null, null, null, on);
  }

  private CoordinatorAnswer national(
      MunicipalityView where, FormerMunicipality former, String postcode, LocalDate on) {
    CoordinationPeriod national =
        coordinations
            .nationalOn(on)
            .orElseThrow(() -> new NotFoundException("coordination", "national on " + on));
    return new CoordinatorAnswer(
        where, former, postcode, false, true, null, List.of(CoordinatorView.of(national)), on);
  }
}
