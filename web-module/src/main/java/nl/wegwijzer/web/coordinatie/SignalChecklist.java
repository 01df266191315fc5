package nl.wegwijzer.web.coordinatie;

import java.io.Serializable;
import java.util.List;
import nl.wegwijzer.casework.service.DuplicateMatch;
import nl.wegwijzer.content.service.InformationViews.ThemeView;

/**
 * What the signal form shows beside the typed fields: the published indicator list to tick ({@code
 * #{signalFormBacking.checklist.themes}}) and, at the check step, the signals that may concern the
 * same person.
 */
public class SignalChecklist implements Serializable {

  private static final long serialVersionUID = 1L;

  private List<ThemeView> themes = List.of();
  private List<DuplicateMatch> duplicates = List.of();

  void themes(List<ThemeView> published) {
    themes = List.copyOf(published);
  }

  void duplicates(List<DuplicateMatch> found) {
    duplicates = List.copyOf(found);
  }

  public List<ThemeView> getThemes() {
    return themes;
  }

  public List<DuplicateMatch> getDuplicates() {
    return duplicates;
  }

  /** The text of an indicator code, from the published list. */
  public String text(String code) {
    return themes.stream()
        .flatMap(t -> t.indicators().stream())
        .filter(i -> i.code().equals(code))
        .map(i -> i.text())
        .findFirst()
        .orElse(code);
  }

  /** A similarity of 0–1 as a whole percentage. */
  public String percent(double score) {
    return Math.round(score * 100) + "%";
  }
}
