package nl.wegwijzer.content.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import nl.wegwijzer.directory.model.Text;

/**
 * The optional English text of an item beside its Dutch one: title, summary and body (cleaned down
 * to simple HTML like the Dutch body). Any of them may be missing; the public side falls back to
 * Dutch.
 */
@Embeddable
public class English {

  @Column(name = "title_en", length = Limits.TITLE)
  private String title;

  @Column(name = "summary_en")
  private String summary;

  @Column(name = "body_en")
  private String body;

  protected English() {}

  public static English of(String title, String summary, String body) {
    English english = new English();
    english.title = Text.optional(title, "titleEn", Limits.TITLE);
    english.summary = Text.optional(summary, "summaryEn", Limits.SUMMARY);
    String cleaned =
        body == null ? null : SimpleHtml.sanitise(Text.optional(body, "bodyEn", Limits.BODY));
    english.body = Text.optional(cleaned, "bodyEn", Limits.BODY);
    return english;
  }

  public static English none() {
    return new English();
  }

  public String title() {
    return title;
  }

  public String summary() {
    return summary;
  }

  /** Sanitised simple HTML, or null. */
  public String body() {
    return body;
  }
}
