package nl.wegwijzer.casework.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * A knowledge transfer as a coordinator types it: codes for kind ({@code training}), region,
 * audience ({@code police}) and forms of exploitation ({@code labour}); the organisation is
 * optional.
 */
public record KnowledgeEntry(
    String kind,
    String region,
    LocalDate givenOn,
    String audience,
    String organisation,
    Integer participants,
    String topic,
    List<String> forms) {

  public KnowledgeEntry {
    forms = forms == null ? List.of() : List.copyOf(forms);
  }
}
