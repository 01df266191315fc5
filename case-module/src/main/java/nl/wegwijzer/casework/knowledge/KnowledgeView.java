package nl.wegwijzer.casework.knowledge;

import java.time.LocalDate;
import java.util.List;
import nl.wegwijzer.directory.support.Coded;

/** A knowledge transfer as the coordinators of its region read it: codes, and the version. */
public record KnowledgeView(
    long id,
    long version,
    String kind,
    String regionCode,
    String regionName,
    LocalDate givenOn,
    String audience,
    String organisation,
    int participants,
    String topic,
    List<String> forms,
    String recordedBy,
    String changedBy) {

  public KnowledgeView {
    forms = List.copyOf(forms);
  }

  static KnowledgeView of(KnowledgeActivity activity) {
    return new KnowledgeView(
        activity.id(),
        activity.version(),
        activity.kind().code(),
        activity.region().code(),
        activity.region().name(),
        activity.givenOn(),
        activity.audience().code(),
        activity.organisation(),
        activity.participants(),
        activity.topic(),
        activity.forms().stream().sorted().map(Coded::code).toList(),
        activity.authorship().recordedBy(),
        activity.authorship().changedBy());
  }
}
