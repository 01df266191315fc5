package nl.wegwijzer.web.redactie;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import nl.wegwijzer.directory.service.CoordinationEditing;
import nl.wegwijzer.directory.service.CoordinationEditing.RegionCoordination;
import nl.wegwijzer.directory.service.CoordinatorView;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.web.shared.Pages;

/**
 * /redactie/coordinatoren[?regio=code]: every region's coordination points as of today and its
 * municipalities; for the chosen region its points, each linked to its page in the editorial
 * workflow (/redactie/coordinatiepunten/…, where a change is drafted, reviewed by a second editor
 * and takes effect on its date), and its municipalities, each linked to its region's page in the
 * same workflow (/redactie/gemeenteregio/…, to move it or confirm its region with a source).
 */
@Named
@ViewScoped
public class CoordinatorsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CoordinationEditing editing;

  private List<RegionCoordination> regions;
  private RegionCoordination region;
  private boolean missing;

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

  public List<RegionCoordination> getRegions() {
    return regions;
  }

  public RegionCoordination getRegion() {
    return region;
  }
}
