package nl.wegwijzer.directory.support;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The text people read in a piece of HTML, by jsoup's parser: tags go, entities are decoded (the
 * sanitiser writes {@code @} and {@code +} as {@code &#64;} and {@code &#43;}), block elements are
 * separated by a space and runs of white space become one.
 */
public final class HtmlText {

  private HtmlText() {}

  public static String of(String html) {
    return html == null ? "" : Jsoup.parseBodyFragment(html).text();
  }

  /** The text with each link's target after the link's text: "the act (https://…)". */
  public static String withLinkTargets(String html) {
    if (html == null) {
      return "";
    }
    Document document = Jsoup.parseBodyFragment(html);
    for (Element link : document.select("a[href]")) {
      link.appendText(" (" + link.attr("href") + ")");
    }
    return document.text();
  }
}
