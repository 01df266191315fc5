package nl.wegwijzer.content.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.model.Text;
import nl.wegwijzer.directory.support.InvalidInputException;

/**
 * A theme of the indicator list (dependence, restricted freedom, …) with its indicators. The same
 * indicators are the checklist a coordinator ticks when registering a signal, so an indicator's
 * code is stable once published.
 */
@Entity
@Table(name = "indicator_theme", schema = "content")
@NamedQuery(
    name = "IndicatorTheme.published",
    query =
        "select t from IndicatorTheme t"
            + " where t.state = nl.wegwijzer.content.model.PublicationState.PUBLISHED"
            + " order by t.position")
@NamedQuery(
    name = "IndicatorTheme.bySlug",
    query = "select t from IndicatorTheme t where t.slug = :slug")
public class IndicatorTheme extends GuideItem {

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false)
  private String summary;

  @Column(name = "title_en", length = 200)
  private String titleEn;

  @Column(name = "summary_en")
  private String summaryEn;

  @OneToMany(
      mappedBy = "theme",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  @OrderBy("position")
  private List<Indicator> indicators = new ArrayList<>();

  protected IndicatorTheme() {}

  public IndicatorTheme(String slug, int position, String title, String summary) {
    super(slug);
    this.position = position;
    describe(title, summary);
  }

  public void describe(String newTitle, String newSummary) {
    this.title = Text.required(newTitle, "title", Limits.TITLE);
    this.summary = Text.required(newSummary, "summary", Limits.SUMMARY);
  }

  /**
   * Adds an indicator at the end of the theme.
   *
   * @param forms the forms of exploitation it points to; empty means every form
   */
  public Indicator addIndicator(String code, String text, Collection<ExploitationForm> forms) {
    if (indicators.stream().anyMatch(i -> i.code().equals(code))) {
      throw new InvalidInputException("code", "'" + code + "' is already in this theme");
    }
    int next = indicators.stream().mapToInt(Indicator::position).max().orElse(0) + 1;
    Indicator indicator = new Indicator(this, next, code, text, forms);
    indicators.add(indicator);
    return indicator;
  }

  /**
   * Sets the optional English beside the Dutch: the theme's title and summary, and the text of the
   * indicators by code (an indicator missing from the map has no English).
   */
  public void translate(String newTitleEn, String newSummaryEn, Map<String, String> textEnByCode) {
    this.titleEn = Text.optional(newTitleEn, "titleEn", Limits.TITLE);
    this.summaryEn = Text.optional(newSummaryEn, "summaryEn", Limits.SUMMARY);
    indicators.forEach(i -> i.translate(textEnByCode.get(i.code())));
  }

  /** Moves the theme to another place in the list. */
  public void place(int newPosition) {
    this.position = newPosition;
  }

  /**
   * Makes the theme's indicators exactly these, in this order. An indicator whose code stays keeps
   * its identity (the checklist of signals refers to it); the others are removed or added.
   */
  public void replaceIndicators(List<IndicatorLine> lines) {
    java.util.Set<String> codes = new java.util.HashSet<>();
    for (IndicatorLine line : lines) {
      if (!codes.add(line.code())) {
        throw new InvalidInputException("code", "'" + line.code() + "' appears twice");
      }
    }
    indicators.removeIf(i -> !codes.contains(i.code()));
    int position = 1;
    for (IndicatorLine line : lines) {
      int at = position++;
      indicators.stream()
          .filter(i -> i.code().equals(line.code()))
          .findFirst()
          .ifPresentOrElse(
              i -> i.revise(at, line.text(), line.forms()),
              () ->
                  indicators.add(new Indicator(this, at, line.code(), line.text(), line.forms())));
    }
    indicators.sort(java.util.Comparator.comparingInt(Indicator::position));
  }

  /** One indicator as an editor writes it. */
  public record IndicatorLine(String code, String text, List<ExploitationForm> forms) {
    public IndicatorLine {
      forms = List.copyOf(forms);
    }
  }

  public void removeIndicator(String code) {
    indicators.removeIf(i -> i.code().equals(code));
  }

  public int position() {
    return position;
  }

  public String title() {
    return title;
  }

  public String summary() {
    return summary;
  }

  /** The English title, or null when there is none yet. */
  public String titleEn() {
    return titleEn;
  }

  /** The English summary, or null when there is none yet. */
  public String summaryEn() {
    return summaryEn;
  }

  public List<Indicator> indicators() {
    return List.copyOf(indicators);
  }
}
