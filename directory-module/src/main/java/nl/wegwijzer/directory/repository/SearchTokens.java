package nl.wegwijzer.directory.repository;

import java.util.ArrayList;
import java.util.List;
import nl.wegwijzer.directory.model.AgeGroup;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.model.Gender;
import nl.wegwijzer.directory.model.Municipality;
import nl.wegwijzer.directory.model.NationalityGroup;
import nl.wegwijzer.directory.model.Region;

/**
 * The tokens of the search rows ({@code directory.refresh_organisation_search}, directory V7) as
 * the queries spell them: one place, so the SQL function and the queries cannot drift apart.
 */
final class SearchTokens {

  static final String NATIONAL = "national";

  private SearchTokens() {}

  static String need(CareNeed need) {
    return "n:" + need.name();
  }

  static String age(AgeGroup age) {
    return "a:" + age.name();
  }

  static String gender(Gender gender) {
    return "g:" + gender.name();
  }

  static String nationality(NationalityGroup nationality) {
    return "c:" + nationality.name();
  }

  /** The tokens a service needs all of to fit this target group; null parts ask nothing. */
  static List<String> profile(AgeGroup age, Gender gender, NationalityGroup nationality) {
    List<String> tokens = new ArrayList<>();
    if (age != null) {
      tokens.add(age(age));
    }
    if (gender != null) {
      tokens.add(gender(gender));
    }
    if (nationality != null) {
      tokens.add(nationality(nationality));
    }
    return tokens;
  }

  static String form(ExploitationForm form) {
    return "f:" + form.name();
  }

  static String language(String code) {
    return "l:" + code;
  }

  static String region(Region region) {
    return "r:" + region.id();
  }

  static String municipality(Municipality municipality) {
    return municipality(municipality.id());
  }

  static String municipality(long id) {
    return "m:" + id;
  }
}
