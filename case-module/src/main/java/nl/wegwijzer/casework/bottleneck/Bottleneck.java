package nl.wegwijzer.casework.bottleneck;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import nl.wegwijzer.casework.model.Authorship;
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
public class Bottleneck {

  public static final int MAX_DESCRIPTION_LENGTH = 500;
  public static final int MAX_NAME_LENGTH = 255;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private BottleneckCategory category;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "region_id", nullable = false)
  private Region region;

  @Enumerated(EnumType.STRING)
  @Column(name = "care_need", length = 30)
  private CareNeed careNeed;

  @Column(name = "observed_on", nullable = false)
  private LocalDate observedOn;

  @Column(nullable = false, length = MAX_DESCRIPTION_LENGTH)
  private String description;

  @Embedded private Authorship authorship;

  @Version private long version;

  protected Bottleneck() {}

  public Bottleneck(
      BottleneckCategory category,
      Region region,
      CareNeed careNeed,
      LocalDate observedOn,
      String description,
      String recordedBy) {
    describe(category, region, careNeed, observedOn, description);
    this.authorship = Authorship.recordedBy(recordedBy);
  }

  /** A correction by a coordinator of the region; the same rules as when it was recorded. */
  public void correct(
      BottleneckCategory category,
      Region region,
      CareNeed careNeed,
      LocalDate observedOn,
      String description,
      String correctedBy) {
    describe(category, region, careNeed, observedOn, description);
    authorship.changedBy(correctedBy);
  }

  private void describe(
      BottleneckCategory category,
      Region region,
      CareNeed careNeed,
      LocalDate observedOn,
      String description) {
    if (category == null) {
      throw new InvalidInputException("category", "is required");
    }
    if (category.needsCareNeed() && careNeed == null) {
      throw new InvalidInputException("careNeed", "is required for " + category.code());
    }
    if (observedOn == null) {
      throw new InvalidInputException("observedOn", "is required");
    }
    String text = Text.required(description, "description", MAX_DESCRIPTION_LENGTH);
    this.category = category;
    this.region = Objects.requireNonNull(region, "region");
    this.careNeed = careNeed;
    this.observedOn = observedOn;
    this.description = PersonalData.refuse(text, "description");
  }

  public Long id() {
    return id;
  }

  public BottleneckCategory category() {
    return category;
  }

  public Region region() {
    return region;
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

  public String recordedBy() {
    return authorship.recordedBy();
  }

  public OffsetDateTime recordedAt() {
    return authorship.recordedAt();
  }

  public String changedBy() {
    return authorship.changedBy();
  }

  public OffsetDateTime changedAt() {
    return authorship.changedAt();
  }

  public long version() {
    return version;
  }
}
