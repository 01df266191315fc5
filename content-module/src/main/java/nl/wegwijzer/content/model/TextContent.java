package nl.wegwijzer.content.model;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import nl.wegwijzer.directory.model.Text;

/**
 * A guide item written as an article: a title, a summary and a body of simple HTML. The body is
 * cleaned by the sanitiser before it is kept, so the public page can show it as it is.
 */
@MappedSuperclass
public abstract class TextContent extends GuideItem {

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false)
  private String summary;

  @Column(nullable = false)
  private String body;

  protected TextContent() {}

  protected TextContent(String slug, String title, String summary, String body) {
    super(slug);
    rewrite(title, summary, body);
  }

  /** Changes the text; the body is cleaned down to simple HTML before it is kept. */
  public void rewrite(String newTitle, String newSummary, String newBody) {
    this.title = Text.required(newTitle, "title", Limits.TITLE);
    this.summary = Text.required(newSummary, "summary", Limits.SUMMARY);
    String cleaned = SimpleHtml.sanitise(Text.required(newBody, "body", Limits.BODY));
    this.body = Text.required(cleaned, "body", Limits.BODY);
  }

  public String title() {
    return title;
  }

  public String summary() {
    return summary;
  }

  /** Sanitised simple HTML. */
  public String body() {
    return body;
  }
}
