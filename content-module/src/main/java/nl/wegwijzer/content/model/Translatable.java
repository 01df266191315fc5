package nl.wegwijzer.content.model;

import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;

/** An article with optional English text beside the Dutch (title, summary and body). */
@MappedSuperclass
public abstract class Translatable extends TextContent {

  @Embedded private English english = English.none();

  protected Translatable() {}

  protected Translatable(String slug, String title, String summary, String body) {
    super(slug, title, summary, body);
  }

  /** Sets the optional English text beside the Dutch. */
  public void translate(String titleEn, String summaryEn, String bodyEn) {
    this.english = English.of(titleEn, summaryEn, bodyEn);
  }

  public String titleEn() {
    return english == null ? null : english.title();
  }

  public String summaryEn() {
    return english == null ? null : english.summary();
  }

  /** Sanitised simple HTML, or null. */
  public String bodyEn() {
    return english == null ? null : english.body();
  }
}
