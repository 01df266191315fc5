package nl.wegwijzer.directory.repository;

import java.util.List;
import java.util.Set;
import nl.wegwijzer.directory.model.AgeGroup;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.model.Gender;
import nl.wegwijzer.directory.model.Municipality;
import nl.wegwijzer.directory.model.NationalityGroup;
import nl.wegwijzer.directory.model.Region;

/**
 * Whom a tailored route looks for help for: the care needs, the place (null: none given) and the
 * profile, every part of it optional. An organisation fits a need when one and the same service of
 * it covers the need, serves the place and does not exclude the profile; it speaks one of the
 * languages (when any are given).
 *
 * @param forms the forms of exploitation the person suffered; a service fits when it covers one
 * @param languages language codes; the organisation speaks at least one
 * @param urgent the person needs help tonight: organisations with a line open day and night come
 *     first
 * @param within a region the municipality lies in, or null: the services of its other
 *     municipalities fit too, after those of the municipality and the whole region
 */
public record HelpFilter(
    List<CareNeed> needs,
    Municipality municipality,
    AgeGroup age,
    Gender gender,
    NationalityGroup nationality,
    Set<ExploitationForm> forms,
    Set<String> languages,
    boolean urgent,
    Region within) {

  public HelpFilter {
    needs = List.copyOf(needs);
    forms = Set.copyOf(forms);
    languages = Set.copyOf(languages);
  }
}
