package nl.wegwijzer.content.model;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Cleans the bodies of guide content down to simple HTML with OWASP's Java HTML Sanitizer:
 * paragraphs, headings, lists, emphasis, quotes and links (http, https, mailto, tel and
 * site-relative only), no other attributes. Script and style vanish with their content, open
 * elements are closed, text is escaped; so screens can show a body as it is. Kept small on purpose:
 * editors write text, not layout.
 */
public final class SimpleHtml {

  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "br",
              "h2",
              "h3",
              "h4",
              "ul",
              "ol",
              "li",
              "strong",
              "em",
              "b",
              "i",
              "a",
              "blockquote")
          .allowUrlProtocols("http", "https", "mailto", "tel")
          .allowAttributes("href")
          .onElements("a")
          .toFactory();

  private SimpleHtml() {}

  public static String sanitise(String html) {
    if (html == null) {
      return "";
    }
    return POLICY.sanitize(html).strip();
  }
}
