package nl.wegwijzer.content.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.model.Slugs;
import nl.wegwijzer.directory.model.Text;

/** One sign that a situation may be trafficking; part of an {@link IndicatorTheme}. */
@Entity
@Table(name = "indicator", schema = "content")
public class Indicator {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "theme_id", nullable = false)
  private IndicatorTheme theme;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, unique = true, length = 60)
  private String code;

  @Column(nullable = false, length = 500)
  private String text;

  /** What the indicator says in English, or null when there is none. */
  @Column(name = "text_en", length = 500)
  private String textEn;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "indicator_form",
      schema = "content",
      joinColumns = @JoinColumn(name = "indicator_id"))
  @Column(name = "form", length = 10)
  @Enumerated(EnumType.STRING)
  private Set<ExploitationForm> forms = EnumSet.noneOf(ExploitationForm.class);

  protected Indicator() {}

  Indicator(
      IndicatorTheme theme,
      int position,
      String code,
      String text,
      Collection<ExploitationForm> forms) {
    this.theme = Objects.requireNonNull(theme, "theme");
    this.position = position;
    this.code = Slugs.requireSlug(code, "code");
    if (this.code.length() > 60) {
      throw new nl.wegwijzer.directory.support.InvalidInputException(
          "code", "is longer than 60 characters");
    }
    this.text = Text.required(text, "text", 500);
    this.forms.addAll(forms);
  }

  /** Changes what the indicator says and where it stands; its code stays. */
  void revise(int newPosition, String newText, Collection<ExploitationForm> newForms) {
    this.position = newPosition;
    this.text = Text.required(newText, "text", 500);
    this.forms.clear();
    this.forms.addAll(newForms);
  }

  /** Sets the optional English text beside the Dutch one (null or blank: none). */
  void translate(String newTextEn) {
    this.textEn = Text.optional(newTextEn, "textEn", 500);
  }

  /** The English text, or null when there is none yet. */
  public String textEn() {
    return textEn;
  }

  public int position() {
    return position;
  }

  public String code() {
    return code;
  }

  public String text() {
    return text;
  }

  /** The forms this indicator points to, in their fixed order; empty means every form. */
  public List<ExploitationForm> forms() {
    return forms.stream().sorted().toList();
  }

  public boolean pointsTo(ExploitationForm form) {
    return forms.isEmpty() || forms.contains(form);
  }
}
