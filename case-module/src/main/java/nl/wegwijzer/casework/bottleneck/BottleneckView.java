package nl.wegwijzer.casework.bottleneck;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A bottleneck as the coordinators of its region read it; codes for category and care need, and the
 * version to send back with a correction or a withdrawal.
 */
public record BottleneckView(
    long id,
    long version,
    String category,
    String regionCode,
    String regionName,
    String careNeed,
    LocalDate observedOn,
    String description,
    String recordedBy,
    OffsetDateTime recordedAt,
    String changedBy,
    OffsetDateTime changedAt) {

  static BottleneckView of(Bottleneck bottleneck) {
    return new BottleneckView(
        bottleneck.id(),
        bottleneck.version(),
        bottleneck.category().code(),
        bottleneck.region().code(),
        bottleneck.region().name(),
        bottleneck.careNeed() == null ? null : bottleneck.careNeed().code(),
        bottleneck.observedOn(),
        bottleneck.description(),
        bottleneck.authorship().recordedBy(),
        bottleneck.authorship().recordedAt(),
        bottleneck.authorship().changedBy(),
        bottleneck.authorship().changedAt());
  }
}
