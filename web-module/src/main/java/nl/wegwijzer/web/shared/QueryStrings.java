package nl.wegwijzer.web.shared;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The query strings of pager links, which keep the filters a list was shown with. */
public final class QueryStrings {

  private QueryStrings() {}

  /**
   * Adds {@code &name=value}, encoded, when the value was given: a filter left empty stays out of
   * the link, so the same list has one address.
   */
  public static void append(StringBuilder query, String name, String value) {
    if (value != null && !value.isBlank()) {
      query
          .append('&')
          .append(name)
          .append('=')
          .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }
}
