package nl.wegwijzer.casework.bottleneck;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.wegwijzer.casework.model.RegisterEntry;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.model.Region;
import nl.wegwijzer.directory.model.Text;
import nl.wegwijzer.directory.support.InvalidInputException;

/**
 * A bottleneck a coordinator ran into in one of their regions. It describes a gap in the referral
 * mechanism, never a person: the description refuses what looks like personal data.
 */
@Entity
@Table(name = "bottleneck", schema = "casework")
@NamedQuery(
    name = "Bottleneck.inRegions",
    query =
        "select b from Bottleneck b join fetch b.region r where r.code in :regions"
            + " order by b.observedOn desc, b.id desc")
@NamedQuery(
    name = "Bottleneck.countInRegions",
    query = "select count(b) from Bottleneck b where b.region.code in :regions")
public class Bottleneck extends RegisterEntry<Bottleneck.Described> {

  public static final int MAX_DESCRIPTION_LENGTH = 500;
  public static final int MAX_NAME_LENGTH = 255;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private BottleneckCategory category;

  @Enumerated(EnumType.STRING)
  @Column(name = "care_need", length = 30)
  private CareNeed careNeed;

  @Column(name = "observed_on", nullable = false)
  private LocalDate observedOn;

  @Column(nullable = false, length = MAX_DESCRIPTION_LENGTH)
  private String description;

  protected Bottleneck() {}

  public Bottleneck(Described described, String recordedBy) {
    super(described.region(), recordedBy);
    describe(described);
  }

  /** A correction may move the entry to another of the coordinator's regions. */
  @Override
  protected void describe(Described described) {
    if (described.category() == null) {
      throw new InvalidInputException("category", "is required");
    }
    if (described.category().needsCareNeed() && described.careNeed() == null) {
      throw new InvalidInputException("careNeed", "is required for " + described.category().code());
    }
    if (described.observedOn() == null) {
      throw new InvalidInputException("observedOn", "is required");
    }
    String text = Text.required(described.description(), "description", MAX_DESCRIPTION_LENGTH);
    this.category = described.category();
    moveTo(described.region());
    this.careNeed = described.careNeed();
    this.observedOn = described.observedOn();
    this.description = PersonalData.refuse(text, "description");
  }

  @Override
  protected String subject() {
    return "bottleneck";
  }

  public BottleneckCategory category() {
    return category;
  }

  public CareNeed careNeed() {
    return careNeed;
  }

  public LocalDate observedOn() {
    return observedOn;
  }

  public String description() {
    return description;
  }

  /** What was observed, with its region and codes resolved by the service. */
  public record Described(
      BottleneckCategory category,
      Region region,
      CareNeed careNeed,
      LocalDate observedOn,
      String description) {}
}
