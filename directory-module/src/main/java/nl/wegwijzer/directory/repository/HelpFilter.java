package nl.wegwijzer.directory.repository;

import java.util.List;
import java.util.Set;
import nl.wegwijzer.directory.model.AgeGroup;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.model.Gender;
import nl.wegwijzer.directory.model.Municipality;
import nl.wegwijzer.directory.model.NationalityGroup;

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
 */
public record HelpFilter(
    List<CareNeed> needs,
    Municipality municipality,
    AgeGroup age,
    Gender gender,
    NationalityGroup nationality,
    Set<ExploitationForm> forms,
    Set<String> languages,
    boolean urgent) {

  public HelpFilter {
    needs = List.copyOf(needs);
    forms = Set.copyOf(forms);
    languages = Set.copyOf(languages);
  }
}
