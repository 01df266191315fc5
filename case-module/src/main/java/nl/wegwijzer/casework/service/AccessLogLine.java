package nl.wegwijzer.casework.service;

import java.time.OffsetDateTime;
import nl.wegwijzer.casework.model.AccessLogEntry;

/** A line of the access log as a coordinator reads it. */
public record AccessLogLine(
    OffsetDateTime at,
    String actor,
    String action,
    String subjectType,
    String subject,
    String purpose) {

  static AccessLogLine of(AccessLogEntry e) {
    return new AccessLogLine(
        e.at(), e.actor(), e.action().code(), e.subjectType().code(), e.subjectRef(), e.purpose());
  }
}
