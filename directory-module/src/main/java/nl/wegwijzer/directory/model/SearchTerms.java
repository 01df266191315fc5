package nl.wegwijzer.directory.model;

import java.util.ResourceBundle;

/**
 * Dutch words people search with for each care need ('opvang', 'advocaat', 'tolk'), added to an
 * organisation's search document so that a search by need finds it even when its own text words it
 * differently.
 */
final class SearchTerms {

  private static final ResourceBundle TERMS =
      ResourceBundle.getBundle("nl.wegwijzer.directory.model.search-terms");

  private SearchTerms() {}

  static String forCareNeed(CareNeed need) {
    return TERMS.getString(need.name());
  }
}
