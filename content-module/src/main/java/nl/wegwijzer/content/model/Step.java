package nl.wegwijzer.content.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
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

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "phase_id", nullable = false)
  private Phase phase;

  @Column(nullable = false)
  private int position;

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
    super(slug, title, summary, body);
    this.phase = Objects.requireNonNull(phase, "phase");
    moveTo(position);
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

  public Phase phase() {
    return phase;
  }

  public int position() {
    return position;
  }

  public List<Regulation> regulations() {
    return List.copyOf(regulations);
  }

  /** The care needs in the directory's order. */
  public List<CareNeed> careNeeds() {
    return careNeeds.stream().sorted().toList();
  }

  /** Puts the step at a place in a phase (possibly another phase). */
  public void placeIn(Phase newPhase, int newPosition) {
    this.phase = Objects.requireNonNull(newPhase, "phase");
    moveTo(newPosition);
  }
}
