package nl.wegwijzer.web.redactie;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.PublicPaths;
import nl.wegwijzer.content.service.EditorialReading;
import nl.wegwijzer.content.service.EditorialService;
import nl.wegwijzer.content.service.EditorialViews.DiffView;
import nl.wegwijzer.content.service.RevisionView;
import nl.wegwijzer.directory.service.PlaceService;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.web.security.CurrentUser;
import nl.wegwijzer.web.shared.Pages;

/**
 * /redactie/{kind}/{slug}/geschiedenis: every version with who and when, a side-by-side diff of two
 * of them (?links=&amp;rechts=, version ids), and restoring an old one as a new draft.
 */
@Named
@ViewScoped
public class HistoryBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient EditorialService editorial;
  @Inject transient EditorialReading reading;
  @Inject transient CurrentUser currentUser;
  @Inject transient PlaceService places;

  private String kind;
  private String slug;
  private Long left;
  private Long right;
  private List<RevisionView> versions = List.of();
  private DiffView diff;
  private ReadableDiff lines;
  private String problem;

  public void load() throws IOException {
    var path = PublicPaths.ofEditorPath(kind);
    if (path.isEmpty()) {
      Pages.notFound();
      return;
    }
    versions = reading.history(path.get().kind(), slug);
    if (versions.isEmpty()) {
      // An item no editor has changed yet (seed content) has no versions, and its page says so;
      // an address that names no item at all is refused here, which is the 404 page.
      reading.editor(path.get().kind(), slug);
      return;
    }
    if (left == null && right == null && versions.size() > 1) {
      right = versions.get(0).id();
      left = versions.get(1).id();
    }
    if (left != null && right != null) {
      try {
        diff = reading.diff(left, right);
        lines = ReadableDiff.of(diff, path.get().kind(), codeNames(path.get().kind()));
      } catch (NotFoundException | InvalidInputException e) {
        problem = EditorialTexts.text("history.badDiff");
      }
    }
  }

  /** Restores a version as the new draft; a refused restore is FailureHandler's message. */
  public void restore(long revisionId) throws IOException {
    editorial.restore(revisionId, currentUser.getName());
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/redactie/" + kind + "/" + slug);
  }

  /** The names of the regions and municipalities an organisation's services name by code. */
  private Map<String, String> codeNames(EditorialKind kind) {
    Map<String, String> names = new HashMap<>();
    if (kind == EditorialKind.ORGANISATION) {
      places.regions().forEach(region -> names.put(region.code(), region.name()));
      places.municipalities(null).forEach(place -> names.put(place.code(), place.name()));
    }
    return names;
  }

  /** The compared versions field by field, as editors read them. */
  public ReadableDiff getLines() {
    return lines;
  }

  public List<RevisionView> getVersions() {
    return versions;
  }

  public DiffView getDiff() {
    return diff;
  }

  public String getProblem() {
    return problem;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public Long getLeft() {
    return left;
  }

  public void setLeft(Long left) {
    this.left = left;
  }

  public Long getRight() {
    return right;
  }

  public void setRight(Long right) {
    this.right = right;
  }
}
