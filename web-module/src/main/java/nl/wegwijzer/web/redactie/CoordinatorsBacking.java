package nl.wegwijzer.web.redactie;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.MissingResourceException;
import nl.wegwijzer.directory.service.CoordinationEditing;
import nl.wegwijzer.directory.service.CoordinationEditing.MunicipalityEntry;
import nl.wegwijzer.directory.service.CoordinationEditing.RegionCoordination;
import nl.wegwijzer.directory.service.CoordinatorView;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.web.security.CurrentUser;
import nl.wegwijzer.web.shared.Pages;

/**
 * /redactie/coordinatoren[?regio=code]: every region's coordination points as of today and its
 * municipalities; for the chosen region its points, each linked to its page in the editorial
 * workflow (/redactie/coordinatiepunten/…, where a change is drafted, reviewed by a second editor
 * and takes effect on its date), and moving one of its municipalities to another region after a
 * confirmation.
 */
@Named
@ViewScoped
public class CoordinatorsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CoordinationEditing editing;
  @Inject transient CurrentUser currentUser;

  private List<RegionCoordination> regions;
  private RegionCoordination region;
  private boolean missing;
  private String municipality;
  private String targetRegion;
  private boolean confirmingMove;
  private String notice;
  private String problem;

  @PostConstruct
  void init() {
    regions = editing.regions();
    String code =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("regio");
    if (code != null) {
      try {
        region = editing.region(code);
      } catch (NotFoundException e) {
        missing = true;
      }
    }
  }

  public void load() throws IOException {
    if (missing) {
      Pages.notFound();
    }
  }

  public void askMove() {
    notice = null;
    problem = null;
    if (municipality == null || targetRegion == null || targetRegion.isBlank()) {
      problem = EditorialTexts.text("coord.chooseMove");
      return;
    }
    confirmingMove = true;
  }

  public void cancelMove() {
    confirmingMove = false;
  }

  public void move() {
    confirmingMove = false;
    notice = null;
    problem = null;
    MunicipalityEntry entry =
        region.municipalities().stream()
            .filter(m -> m.code().equals(municipality))
            .findFirst()
            .orElse(null);
    if (entry == null) {
      problem = EditorialTexts.text("coord.chooseMove");
      return;
    }
    try {
      editing.move(entry.code(), entry.version(), targetRegion, currentUser.getName());
      notice = EditorialTexts.text("coord.moved", entry.name(), regionName(targetRegion));
    } catch (InvalidInputException e) {
      problem = invalid(e);
    }
    regions = editing.regions();
    region = editing.region(region.code());
    municipality = null;
    targetRegion = null;
  }

  /** The service names the field; its message is for developers, so the screen says its own. */
  private static String invalid(InvalidInputException e) {
    try {
      return EditorialTexts.text("coord.invalid." + e.field());
    } catch (MissingResourceException unknown) {
      return EditorialTexts.text("coord.invalid");
    }
  }

  private String regionName(String code) {
    return regions.stream()
        .filter(r -> r.code().equals(code))
        .map(RegionCoordination::name)
        .findFirst()
        .orElse(code);
  }

  public String getMunicipalityName() {
    return region == null
        ? null
        : region.municipalities().stream()
            .filter(m -> m.code().equals(municipality))
            .map(MunicipalityEntry::name)
            .findFirst()
            .orElse(null);
  }

  public String getTargetRegionName() {
    return targetRegion == null ? null : regionName(targetRegion);
  }

  /** A region's points for the overview ('Jeugd (tot 18), Volwassenen (vanaf 18)'). */
  public String summary(RegionCoordination shown) {
    if (shown.coordinators().isEmpty()) {
      return EditorialTexts.text("coord.none");
    }
    return String.join(", ", shown.coordinators().stream().map(this::band).toList());
  }

  /** A point with its age band: 'Jeugdzorg Zeeland (tot 18)'. */
  public String band(CoordinatorView c) {
    return c.splitAge() == null
        ? c.organisation()
        : EditorialTexts.text("coord.scope." + c.appliesTo(), c.organisation(), c.splitAge());
  }

  public String getMunicipalityNames() {
    return region == null
        ? null
        : String.join(", ", region.municipalities().stream().map(MunicipalityEntry::name).toList());
  }

  public List<RegionCoordination> getRegions() {
    return regions;
  }

  public RegionCoordination getRegion() {
    return region;
  }

  public String getMunicipality() {
    return municipality;
  }

  public void setMunicipality(String municipality) {
    this.municipality = municipality;
  }

  public String getTargetRegion() {
    return targetRegion;
  }

  public void setTargetRegion(String targetRegion) {
    this.targetRegion = targetRegion;
  }

  public boolean isConfirmingMove() {
    return confirmingMove;
  }

  public String getNotice() {
    return notice;
  }

  public String getProblem() {
    return problem;
  }
}
