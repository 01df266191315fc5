package nl.wegwijzer.casework.knowledge;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import nl.wegwijzer.casework.bottleneck.PersonalData;
import nl.wegwijzer.casework.model.RegisterEntry;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.model.Region;
import nl.wegwijzer.directory.model.Text;
import nl.wegwijzer.directory.support.InvalidInputException;

/**
 * A training, presentation or advice a coordinator gave to professionals of their region. It
 * describes what was given to whom as a group, never a person: the topic refuses what looks like
 * personal data.
 */
@Entity
@Table(name = "knowledge_activity", schema = "casework")
@NamedQuery(
    name = "KnowledgeActivity.inRegions",
    query =
        "select a from KnowledgeActivity a join fetch a.region r where r.code in :regions"
            + " order by a.givenOn desc, a.id desc")
@NamedQuery(
    name = "KnowledgeActivity.countInRegions",
    query = "select count(a) from KnowledgeActivity a where a.region.code in :regions")
public class KnowledgeActivity extends RegisterEntry<KnowledgeActivity.Described> {

  public static final int MAX_TOPIC_LENGTH = 300;
  public static final int MAX_ORGANISATION_LENGTH = 200;
  public static final int MAX_PARTICIPANTS = 10_000;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ActivityKind kind;

  @Column(name = "given_on", nullable = false)
  private LocalDate givenOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Audience audience;

  @Column(length = MAX_ORGANISATION_LENGTH)
  private String organisation;

  @Column(nullable = false)
  private int participants;

  @Column(nullable = false, length = MAX_TOPIC_LENGTH)
  private String topic;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "knowledge_activity_form",
      schema = "casework",
      joinColumns = @JoinColumn(name = "activity_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "form", length = 20)
  private Set<ExploitationForm> forms = EnumSet.noneOf(ExploitationForm.class);

  protected KnowledgeActivity() {}

  public KnowledgeActivity(Region region, Described described, String recordedBy) {
    super(region, recordedBy);
    describe(described);
  }

  @Override
  protected void describe(Described described) {
    if (described.kind() == null) {
      throw new InvalidInputException("kind", "is required");
    }
    if (described.audience() == null) {
      throw new InvalidInputException("audience", "is required");
    }
    if (described.givenOn() == null) {
      throw new InvalidInputException("givenOn", "is required");
    }
    if (described.participants() < 1 || described.participants() > MAX_PARTICIPANTS) {
      throw new InvalidInputException("participants", "lies outside 1 to " + MAX_PARTICIPANTS);
    }
    String text = Text.required(described.topic(), "topic", MAX_TOPIC_LENGTH);
    this.kind = described.kind();
    this.audience = described.audience();
    this.givenOn = described.givenOn();
    this.participants = described.participants();
    this.organisation =
        PersonalData.refuse(
            Text.optional(described.organisation(), "organisation", MAX_ORGANISATION_LENGTH),
            "organisation");
    this.topic = PersonalData.refuse(text, "topic");
    this.forms =
        described.forms().isEmpty()
            ? EnumSet.noneOf(ExploitationForm.class)
            : EnumSet.copyOf(described.forms());
  }

  @Override
  protected String subject() {
    return "knowledge";
  }

  public ActivityKind kind() {
    return kind;
  }

  public LocalDate givenOn() {
    return givenOn;
  }

  public Audience audience() {
    return audience;
  }

  public String organisation() {
    return organisation;
  }

  public int participants() {
    return participants;
  }

  public String topic() {
    return topic;
  }

  public Set<ExploitationForm> forms() {
    return Set.copyOf(forms);
  }

  /** What was given, parsed from the codes typed. */
  public record Described(
      ActivityKind kind,
      LocalDate givenOn,
      Audience audience,
      String organisation,
      int participants,
      String topic,
      Set<ExploitationForm> forms) {

    public Described {
      forms = forms == null ? Set.of() : Set.copyOf(forms);
    }
  }
}
