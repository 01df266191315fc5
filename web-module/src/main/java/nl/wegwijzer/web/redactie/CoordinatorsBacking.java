package nl.wegwijzer.web.redactie;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import nl.wegwijzer.directory.service.CoordinationEditing;
import nl.wegwijzer.directory.service.CoordinationEditing.MunicipalityEntry;
import nl.wegwijzer.directory.service.CoordinationEditing.RegionCoordination;
import nl.wegwijzer.directory.service.CoordinationSetup;
import nl.wegwijzer.directory.service.CoordinatorView;
import nl.wegwijzer.directory.support.ConflictException;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.web.security.CurrentUser;
import nl.wegwijzer.web.shared.Pages;

/**
 * /redactie/coordinatoren[?regio=code]: every region's coordinators and municipalities; for the
 * chosen region its coordinators (one, or two split by age) and moving one of its municipalities to
 * another region after a confirmation. A change someone else made in the meantime is not
 * overwritten: the save is refused and the typed values stay.
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
  private long seenVersion;
  private String splitAge;
  private final List<ContactForm> contacts = List.of(new ContactForm(), new ContactForm());
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
        show(editing.region(code));
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

  private void show(RegionCoordination shown) {
    region = shown;
    seenVersion = shown.version();
    splitAge = shown.splitAge() == null ? null : shown.splitAge().toString();
    List<CoordinatorView> views = shown.coordinators();
    contacts.get(0).fill(views.isEmpty() ? null : views.get(0));
    contacts.get(1).fill(views.size() > 1 ? views.get(1) : null);
  }

  public void save() {
    notice = null;
    problem = null;
    Integer age;
    try {
      age = splitAge == null || splitAge.isBlank() ? null : Integer.valueOf(splitAge.strip());
    } catch (NumberFormatException e) {
      problem = EditorialTexts.text("coord.badAge");
      return;
    }
    List<CoordinationSetup.Contact> given = new ArrayList<>();
    given.add(contacts.get(0).toSetup());
    if (age != null) {
      given.add(contacts.get(1).toSetup());
    }
    try {
      show(editing.change(region.code(), seenVersion, age, given, currentUser.getName()));
      regions = editing.regions();
      notice = EditorialTexts.text("coord.saved", region.name());
    } catch (ConflictException e) {
      // The typed values stay; the page now knows the newer version, so saving again is a
      // deliberate choice to replace it.
      RegionCoordination now = editing.region(region.code());
      region = now;
      seenVersion = now.version();
      problem = EditorialTexts.text("coord.conflict");
    } catch (InvalidInputException e) {
      problem = invalid(e);
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

  /** A region's coordinators for the overview ('Jeugd (tot 18), Volwassenen (vanaf 18)'). */
  public String summary(RegionCoordination shown) {
    if (shown.coordinators().isEmpty()) {
      return EditorialTexts.text("coord.none");
    }
    return String.join(
        ", ",
        shown.coordinators().stream()
            .map(
                c ->
                    shown.splitAge() == null
                        ? c.organisation()
                        : EditorialTexts.text(
                            "coord.scope." + c.appliesTo(), c.organisation(), shown.splitAge()))
            .toList());
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

  public List<ContactForm> getContacts() {
    return contacts;
  }

  public String getSplitAge() {
    return splitAge;
  }

  public void setSplitAge(String splitAge) {
    this.splitAge = splitAge;
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
