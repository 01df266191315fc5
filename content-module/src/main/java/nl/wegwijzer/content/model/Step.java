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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.model.Slugs;
import nl.wegwijzer.directory.model.Text;
import nl.wegwijzer.directory.support.InvalidInputException;

/**
 * A step in a phase: what happens, which rights and regulations play a part, and which care needs
 * the organisations that help at this step answer. The organisations themselves come from the
 * directory by those care needs, so a step never goes stale when an organisation changes.
 */
@Entity
@Table(name = "step", schema = "content")
@NamedQuery(
    name = "Step.publishedInPhase",
    query =
        "select s from Step s where s.phase = :phase"
            + " and s.state = nl.wegwijzer.content.model.PublicationState.PUBLISHED"
            + " order by s.position")
@NamedQuery(
    name = "Step.published",
    query =
        "select s from Step s join s.phase p"
            + " where s.state = nl.wegwijzer.content.model.PublicationState.PUBLISHED"
            + " order by p.position, s.position")
@NamedQuery(name = "Step.bySlug", query = "select s from Step s where s.slug = :slug")
public class Step extends Translatable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "phase_id", nullable = false)
  private Phase phase;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, unique = true, length = 120)
  private String slug;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false)
  private String summary;

  @Column(nullable = false)
  private String body;

  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(
      name = "step_regulation",
      schema = "content",
      joinColumns = @JoinColumn(name = "step_id"),
      inverseJoinColumns = @JoinColumn(name = "regulation_id"))
  @OrderColumn(name = "position")
  private List<Regulation> regulations = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "step_care_need",
      schema = "content",
      joinColumns = @JoinColumn(name = "step_id"))
  @Column(name = "care_need", length = 30)
  @Enumerated(EnumType.STRING)
  private Set<CareNeed> careNeeds = EnumSet.noneOf(CareNeed.class);

  protected Step() {}

  public Step(Phase phase, int position, String slug, String title, String summary, String body) {
    this.phase = Objects.requireNonNull(phase, "phase");
    this.slug = Slugs.requireSlug(slug, "slug");
    moveTo(position);
    rewrite(title, summary, body);
  }

  /** Changes the text; the body is cleaned down to simple HTML before it is kept. */
  public void rewrite(String newTitle, String newSummary, String newBody) {
    this.title = Text.required(newTitle, "title", Limits.TITLE);
    this.summary = Text.required(newSummary, "summary", Limits.SUMMARY);
    String cleaned = SimpleHtml.sanitise(Text.required(newBody, "body", Limits.BODY));
    this.body = Text.required(cleaned, "body", Limits.BODY);
  }

  public void moveTo(int newPosition) {
    if (newPosition < 1) {
      throw new InvalidInputException("position", "starts at 1");
    }
    this.position = newPosition;
  }

  /** The regulations that play a part at this step, in the order the step explains them. */
  public void linkRegulations(List<Regulation> newRegulations) {
    if (new LinkedHashSet<>(newRegulations).size() != newRegulations.size()) {
      throw new InvalidInputException("regulations", "a regulation is linked once per step");
    }
    regulations.clear();
    regulations.addAll(newRegulations);
  }

  public void replaceCareNeeds(Collection<CareNeed> needs) {
    careNeeds.clear();
    careNeeds.addAll(needs);
  }

  public Long id() {
    return id;
  }

  public Phase phase() {
    return phase;
  }

  public int position() {
    return position;
  }

  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }

  public String summary() {
    return summary;
  }

  /** Sanitised simple HTML. */
  public String body() {
    return body;
  }

  public List<Regulation> regulations() {
    return List.copyOf(regulations);
  }

  /** The care needs in the directory's order. */
  public List<CareNeed> careNeeds() {
    return careNeeds.stream().sorted().toList();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Step step && Objects.equals(slug, step.slug);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(slug);
  }

  /** Puts the step at a place in a phase (possibly another phase). */
  public void placeIn(Phase newPhase, int newPosition) {
    this.phase = Objects.requireNonNull(newPhase, "phase");
    moveTo(newPosition);
  }
}
