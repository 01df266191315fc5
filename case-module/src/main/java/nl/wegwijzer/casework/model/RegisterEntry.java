package nl.wegwijzer.casework.model;

import jakarta.persistence.Embedded;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.Objects;
import nl.wegwijzer.directory.model.Region;
import nl.wegwijzer.directory.support.ConflictException;

/**
 * What every entry of a coordinators' register (network, knowledge transfer, bottlenecks) shares:
 * the region it belongs to, who recorded and corrected it, and optimistic locking. A correction
 * follows the same rules as the recording: each kind checks what it is told in {@link
 * #describe(Object)}, from its constructor and from {@link #correct(Object, String)}.
 *
 * @param <D> what a coordinator tells about the entry, once the service has resolved its codes
 */
@MappedSuperclass
public abstract class RegisterEntry<D> {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "region_id", nullable = false)
  private Region region;

  @Embedded private Authorship authorship;

  @Version private long version;

  protected RegisterEntry() {}

  /** Recorded now by the user; the subclass's constructor then describes it. */
  protected RegisterEntry(Region region, String recordedBy) {
    this.region = Objects.requireNonNull(region, "region");
    this.authorship = Authorship.recordedBy(recordedBy);
  }

  /** Checks and takes what the coordinator told; refuses it as a whole when a part is wrong. */
  protected abstract void describe(D details);

  /** What the entry is called in a refusal ("partner", "knowledge", "bottleneck"). */
  protected abstract String subject();

  /** A correction by a coordinator of the region; the same rules as when it was recorded. */
  public final void correct(D details, String correctedBy) {
    describe(details);
    authorship.changedBy(correctedBy);
  }

  /**
   * Refuses a change made on the version {@code read} when someone else changed the entry since, so
   * that their change is not silently overwritten.
   */
  public void requireVersion(long read) {
    if (version != read) {
      throw new ConflictException(subject() + " " + id);
    }
  }

  /** A kind whose entries may move between the coordinator's regions moves it here. */
  protected void moveTo(Region other) {
    this.region = Objects.requireNonNull(other, "region");
  }

  public Long id() {
    return id;
  }

  public Region region() {
    return region;
  }

  public Authorship authorship() {
    return authorship;
  }

  public long version() {
    return version;
  }
}
