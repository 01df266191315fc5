package nl.wegwijzer.casework.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import nl.wegwijzer.casework.model.AccessAction;
import nl.wegwijzer.casework.model.AccessLogEntry;
import nl.wegwijzer.casework.model.SubjectType;
import nl.wegwijzer.casework.repository.AccessLogRepository;

/**
 * Writes the access log: who read or changed which signal or case, when and why. Always in the
 * caller's transaction, so a change and its line are committed together or not at all.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AccessLog {

  private final AccessLogRepository entries;
  private final Clock clock;

  protected AccessLog() {
    this(null, null);
  }

  @Inject
  public AccessLog(AccessLogRepository entries, Clock clock) {
    this.entries = entries;
    this.clock = clock;
  }

  public void record(
      Actor actor, AccessAction action, SubjectType type, String reference, String purpose) {
    entries.add(
        new AccessLogEntry(
            OffsetDateTime.now(clock), actor.username(), action, type, reference, purpose));
  }

  /** One line per item of a listing, written together. */
  public void recordListing(
      Actor actor, SubjectType type, List<String> references, String purpose) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    entries.addAll(
        references.stream()
            .map(
                reference ->
                    new AccessLogEntry(
                        now, actor.username(), AccessAction.LIST, type, reference, purpose))
            .toList());
  }
}
