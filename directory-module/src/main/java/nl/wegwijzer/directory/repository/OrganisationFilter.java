package nl.wegwijzer.directory.repository;

import java.util.Optional;
import nl.wegwijzer.directory.model.AgeGroup;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.model.Gender;
import nl.wegwijzer.directory.model.Municipality;
import nl.wegwijzer.directory.model.NationalityGroup;
import nl.wegwijzer.directory.model.OrganisationSort;
import nl.wegwijzer.directory.model.Region;
import nl.wegwijzer.directory.support.SearchText;

/**
 * What a visitor looks for in the directory. Every part is optional; the service filters (need,
 * target group, form, area) must all hold for one and the same service of an organisation.
 *
 * @param nearestFirst the municipality was named in the text ('opvang Utrecht'): by relevance, the
 *     organisations serving the municipality itself come first, then its region's, then national
 * @param english the words also match the profiles' English texts (the English site, directory V61)
 */
public record OrganisationFilter(
    SearchText text,
    CareNeed need,
    Region region,
    Municipality municipality,
    AgeGroup ageGroup,
    Gender gender,
    NationalityGroup nationality,
    ExploitationForm form,
    String language,
    OrganisationSort sort,
    boolean nearestFirst,
    boolean english) {

  public static OrganisationFilter everything() {
    return new OrganisationFilter(
        SearchText.NONE,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        OrganisationSort.NAME,
        false,
        false);
  }

  public OrganisationFilter {
    text = text == null ? SearchText.NONE : text;
    nearestFirst = nearestFirst && municipality != null;
    boolean ranked = !text.isEmpty() || nearestFirst;
    if (sort == null || (sort == OrganisationSort.RELEVANCE && !ranked)) {
      sort = ranked ? OrganisationSort.RELEVANCE : OrganisationSort.NAME;
    }
  }

  public Optional<String> languageCode() {
    return Optional.ofNullable(language).filter(l -> !l.isBlank());
  }

  boolean filtersServices() {
    return need != null
        || region != null
        || municipality != null
        || ageGroup != null
        || gender != null
        || nationality != null
        || form != null;
  }
}
