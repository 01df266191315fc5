package nl.wegwijzer.content.repository;

import java.util.ArrayList;
import java.util.List;

/**
 * The language a site search reads: its text search configuration, and for each column of the guide
 * the one holding that language's text (Dutch in the column itself, English in its {@code _en}
 * column, content V98). A title without its English falls back to the Dutch one.
 */
enum SearchLanguage {
  DUTCH("dutch", ""),
  ENGLISH("english", "_en");

  private static final String STRIP = "regexp_replace(%s, '<[^>]*>', ' ', 'g')";

  private final String config;
  private final String suffix;

  SearchLanguage(String config, String suffix) {
    this.config = config;
    this.suffix = suffix;
  }

  String config() {
    return config;
  }

  /** The column of this language's text, e.g. {@code s.summary_en}. */
  String column(String column) {
    return column + suffix;
  }

  Select select(String kind, String alias, String from) {
    return new Select(kind, alias, from);
  }

  /** One kind's select; by default its slug, title and state are the table's own. */
  final class Select {
    private final String kind;
    private final String alias;
    private final String from;
    private String slug;
    private String title;
    private String section = "null";
    private String published;
    private final List<String> texts = new ArrayList<>();
    private String orMatches = "";

    private Select(String kind, String alias, String from) {
      this.kind = kind;
      this.alias = alias;
      this.from = from;
      this.slug = alias + ".slug";
      this.title = alias + ".title";
      this.published = alias;
    }

    Select slug(String column) {
      this.slug = column;
      return this;
    }

    Select title(String column) {
      this.title = column;
      return this;
    }

    Select section(String expression) {
      this.section = expression;
      return this;
    }

    Select publishedBy(String tableAlias) {
      this.published = tableAlias;
      return this;
    }

    /** The columns of the fragment's text, in order; a body's HTML tags become spaces. */
    Select texts(String... columns) {
      for (String column : columns) {
        String text = "coalesce(" + column(column) + ", '')";
        texts.add(column.endsWith("body") || column.endsWith("answer") ? strip(text) : text);
      }
      return this;
    }

    /** A further way to match besides the table's vector. */
    Select orMatches(String condition) {
      this.orMatches = " or " + condition;
      return this;
    }

    String sql() {
      String vector = alias + "." + column("search_vector");
      String shownTitle =
          suffix.isEmpty() ? title : "coalesce(" + column(title) + ", " + title + ")";
      return "select '"
          + kind
          + "' as kind, "
          + slug
          + " as slug, "
          + shownTitle
          + " as title, "
          + section
          + " as section, "
          + String.join(" || ' ' || ", texts)
          + " as text, ts_rank_cd("
          + vector
          + ", q.query) as rank from "
          + from
          + ", q where "
          + published
          + ".state = 'PUBLISHED' and ("
          + vector
          + " @@ q.query"
          + orMatches
          + ")";
    }
  }

  private static String strip(String column) {
    return String.format(STRIP, column);
  }
}
