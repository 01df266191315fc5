package nl.wegwijzer.content.model;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What every item of the guide shares: a publication state and optimistic locking. The state is
 * here from the start so that the editors' workflow needs no migration of existing content.
 */
@MappedSuperclass
public abstract class Publishable {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private PublicationState state = PublicationState.DRAFT;

  @Version private long version;

  protected Publishable() {}

  public void publish() {
    state = PublicationState.PUBLISHED;
  }

  public void archive() {
    state = PublicationState.ARCHIVED;
  }

  /** Takes an item off the public site for rework. */
  public void returnToDraft() {
    state = PublicationState.DRAFT;
  }

  public PublicationState state() {
    return state;
  }

  public boolean isPublished() {
    return state == PublicationState.PUBLISHED;
  }

  public long version() {
    return version;
  }
}
