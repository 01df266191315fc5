package nl.wegwijzer.web.it;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Screen texts that went wrong on their way from a bundle to a page: a key Faces did not find
 * ({@code ???kindCode.organisation???}) and an apostrophe written for MessageFormat in a text that
 * was not formatted ({@code regio''s}). Looked for in what people read: the text and the attributes
 * of a page, without its scripts and styles.
 */
final class RawTexts {

  private static final Pattern CODE = Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>");
  private static final Pattern WRONG = Pattern.compile("\\?\\?\\?[^?<>\"]*\\?\\?\\?|\\w''\\w");

  private RawTexts() {}

  /** Each wrong text on a page, with a little of what surrounds it. */
  static List<String> in(String html) {
    String read =
        CODE.matcher(html)
            .replaceAll(" ")
            .replace("&#39;", "'")
            .replace("&#039;", "'")
            .replace("&apos;", "'");
    List<String> found = new ArrayList<>();
    Matcher wrong = WRONG.matcher(read);
    while (wrong.find()) {
      int from = Math.max(0, wrong.start() - 30);
      int to = Math.min(read.length(), wrong.end() + 30);
      found.add(read.substring(from, to).replaceAll("\\s+", " ").strip());
    }
    return found;
  }
}
