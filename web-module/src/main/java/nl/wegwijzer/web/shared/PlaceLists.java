package nl.wegwijzer.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.wegwijzer.directory.service.MunicipalityView;
import nl.wegwijzer.directory.service.PlaceService;
import nl.wegwijzer.directory.service.RegionView;

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

  public List<RegionView> getRegions() {
    if (regions == null) {
      regions = places.regions();
    }
    return regions;
  }
}
