package nl.wegwijzer.directory.model;

import java.util.List;

/**
 * One line in a directory result list; care needs as their codes ('legal-aid'); {@code summaryEn}
 * is null when the organisation has no English description.
 */
public record OrganisationSummary(
    String slug,
    String name,
    String summary,
    boolean demo,
    List<String> careNeeds,
    boolean has24x7Line,
    boolean national,
    List<String> regions,
    String summaryEn) {

  public OrganisationSummary {
    careNeeds = List.copyOf(careNeeds);
    regions = List.copyOf(regions);
  }
}
