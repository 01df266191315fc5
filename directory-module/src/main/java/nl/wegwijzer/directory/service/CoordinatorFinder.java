package nl.wegwijzer.directory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.wegwijzer.directory.model.Coordination;
import nl.wegwijzer.directory.model.CoordinatorContact;
import nl.wegwijzer.directory.model.Municipality;
import nl.wegwijzer.directory.model.PlaceMatch;
import nl.wegwijzer.directory.model.PostcodeArea;
import nl.wegwijzer.directory.repository.CoordinationRepository;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;

/** Answers "who is the care coordinator for this place (and this age)?". */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CoordinatorFinder {

  private static final int OLDEST_AGE = 120;

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

  /**
   * @param place a municipality name, CBS code or postcode
   * @param age the victim's age, or null when not (yet) known
   */
  public CoordinatorAnswer find(String place, Integer age) {
    return find(place, age, "place");
  }

  /** As {@link #find(String, Integer)}, naming {@code field} in the error for an unknown place. */
  public CoordinatorAnswer find(String place, Integer age, String field) {
    if (age != null && (age < 0 || age > OLDEST_AGE)) {
      throw new InvalidInputException("age", "must be between 0 and " + OLDEST_AGE);
    }
    PlaceMatch match = places.place(place, field, LocalDate.now(AuditTrail.ZONE));
    Municipality municipality = match.municipality();
    FormerMunicipality former =
        match.formerName().map(name -> FormerMunicipality.of(name, municipality)).orElse(null);
    Optional<String> postcode = PostcodeArea.pc4Of(place);
    Optional<Coordination> regional = coordinations.findForRegion(municipality.region());
    Coordination coordination =
        regional
            .or(coordinations::findNational)
            .orElseThrow(() -> new NotFoundException("coordination", "national"));
    boolean fallback = regional.isEmpty();
    MunicipalityView where = MunicipalityView.of(municipality);
    Optional<CoordinatorContact> contact = coordination.contactFor(age);
    if (contact.isPresent()) {
      return new CoordinatorAnswer(
          where,
          former,
          postcode.orElse(null),
          false,
          fallback,
          coordination.splitAge().orElse(null),
          List.of(CoordinatorView.of(contact.get())));
    }
    return new CoordinatorAnswer(
        where,
        former,
        postcode.orElse(null),
        true,
        fallback,
        coordination.splitAge().orElse(null),
        coordination.contacts().values().stream().map(CoordinatorView::of).toList());
  }
}
