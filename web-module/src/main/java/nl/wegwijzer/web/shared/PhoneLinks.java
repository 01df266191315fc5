package nl.wegwijzer.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every phone number on the public site is a link that a phone can call: the one way a number
 * becomes a {@code tel:} address ({@link #href}, used by the w:phone tag), and the one way the
 * numbers in a text editors wrote ({@link #linked}) or in a screen text ({@link #text}) become
 * links. Views use it as {@code phones}.
 */
@Named("phones")
@ApplicationScoped
public class PhoneLinks {

  /**
   * A Dutch phone number as people write it: 112, 0800-7000, 0900 8844, 020 123 4567, 06-12345678,
   * +31 20 123 4567; not part of a longer number, a word or an address.
   */
  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<![\\w/.+-])(\\+31[ -]?(?:\\(0\\))?[ -]?\\d(?:[ -]?\\d){7,9}"
              + "|0\\d{1,3}(?:[ -]?\\d){6,8}"
              + "|0[89]00[ -]?\\d{4}(?:[ -]?\\d{1,3})?"
              + "|112)(?![\\w-]|[.,]\\d)");

  /** Tags and text apart: a number is linked only in text, never inside an existing link. */
  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  private static final Pattern LINK_START = Pattern.compile("(?i)^<a[\\s>]");
  private static final Pattern LINK_END = Pattern.compile("(?i)^</a\\s*>");

  /** The {@code tel:} address of a number as it is written: digits, and a leading +. */
  public static String href(String number) {
    String digits =
        number == null ? "" : number.replaceAll("\\(0\\)", "").replaceAll("[^0-9+]", "");
    return "tel:" + digits;
  }

  /** The same, for views ({@code #{phones.tel(number)}}). */
  public String tel(String number) {
    return href(number);
  }

  /** Safe HTML with each phone number outside a link made a {@code tel:} link. */
  public static String linked(String html) {
    if (html == null || html.isEmpty()) {
      return html;
    }
    StringBuilder out = new StringBuilder(html.length() + 64);
    Matcher tags = TAG.matcher(html);
    int at = 0;
    boolean inLink = false;
    while (tags.find()) {
      out.append(
          inLink ? html.substring(at, tags.start()) : link(html.substring(at, tags.start())));
      String tag = tags.group();
      if (LINK_START.matcher(tag).find()) {
        inLink = true;
      } else if (LINK_END.matcher(tag).find()) {
        inLink = false;
      }
      out.append(tag);
      at = tags.end();
    }
    out.append(inLink ? html.substring(at) : link(html.substring(at)));
    return out.toString();
  }

  /** The same, for views ({@code #{phones.links(html)}}). */
  public String links(String html) {
    return linked(html);
  }

  /** A plain text (a screen text from the bundles) as HTML, its phone numbers made links. */
  public String text(String plain) {
    if (plain == null) {
      return null;
    }
    return link(
        plain
            .replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;"));
  }

  private static String link(String text) {
    Matcher numbers = NUMBER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (numbers.find()) {
      numbers.appendReplacement(
          out,
          Matcher.quoteReplacement(
              "<a href=\"" + href(numbers.group(1)) + "\">" + numbers.group(1) + "</a>"));
    }
    numbers.appendTail(out);
    return out.toString();
  }
}
