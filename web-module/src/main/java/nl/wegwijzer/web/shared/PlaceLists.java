package nl.wegwijzer.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.wegwijzer.directory.service.AmbiguousPlaceException;
import nl.wegwijzer.directory.service.MunicipalityView;
import nl.wegwijzer.directory.service.PlaceService;
import nl.wegwijzer.directory.service.RegionView;
import nl.wegwijzer.directory.service.UnknownPlaceException;

/** Regions and municipality names for the place pickers of a page. */
@Named
@RequestScoped
public class PlaceLists {

  @Inject PlaceService places;

  private List<String> municipalityNames;
  private List<RegionView> regions;

  public List<String> getMunicipalityNames() {
    if (municipalityNames == null) {
      municipalityNames = places.municipalities(null).stream().map(MunicipalityView::name).toList();
    }
    return municipalityNames;
  }

  /**
   * The names a refused place offers as links instead of a dead end: the closest known names for a
   * typo, the municipalities a shared name fits; none for anything else (a postcode, say, whose
   * message asks for the municipality).
   */
  public static List<String> offeredFor(RuntimeException refusal) {
    if (refusal instanceof UnknownPlaceException unknown) {
      return unknown.closest();
    }
    if (refusal instanceof AmbiguousPlaceException ambiguous) {
      return ambiguous.candidates();
    }
    return List.of();
  }

  public List<RegionView> getRegions() {
    if (regions == null) {
      regions = places.regions();
    }
    return regions;
  }
}
