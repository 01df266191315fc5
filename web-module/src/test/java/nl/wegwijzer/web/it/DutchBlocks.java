package nl.wegwijzer.web.it;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the blocks of an English page whose text is Dutch but not marked {@code lang="nl"}: the
 * judge of {@link EnglishSiteIT}.
 *
 * <p>A block is a p, li, h1-h6, td, th, dd, dt, label, button, legend, caption or a link. A block
 * that holds other blocks (a list item with a paragraph or a list) is judged by its text without
 * them, so every text is judged once; a link is judged on its own and as part of its paragraph. The
 * language a block is marked with is its nearest {@code lang} attribute (its own or an ancestor's).
 *
 * <p>Proper names and short strings are left out as follows, because the detector cannot tell the
 * language of a name: text in brackets is dropped (a Dutch term with its English gloss, or the
 * other way round); every word that starts with a capital letter and does not start a sentence is
 * dropped (names of organisations, places, laws: "Schadefonds Geweldsmisdrijven", "Kantoor
 * Haarlem"); so are words with digits (phone numbers, "B8/3", dates) and e-mail or web addresses.
 * What remains must have at least {@value #MIN_WORDS} words to be judged; shorter strings (labels,
 * names of services, single terms) are not judged. A remaining text counts as Dutch when the
 * detector, choosing between Dutch and English only, prefers Dutch and rates English at most
 * {@value #ENGLISH_AT_MOST} of Dutch (Lingua's confidence values are relative to the best one): a
 * clear margin, so that a mixed or doubtful text is not called Dutch.
 */
final class DutchBlocks {

  static final int MIN_WORDS = 5;
  static final double ENGLISH_AT_MOST = 0.9;

  private static final String BLOCKS =
      "p, li, h1, h2, h3, h4, h5, h6, td, th, dd, dt, label, button, legend, caption, a";
  private static final String CONTAINED =
      "p, li, h1, h2, h3, h4, h5, h6, td, th, dd, dt, label, button, legend, caption, ul, ol, dl,"
          + " table, div";
  private static final Pattern BRACKETS = Pattern.compile("\\([^()]*\\)");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;]$");
  private static final Pattern ADDRESS = Pattern.compile("\\S+@\\S+|https?://\\S+|www\\.\\S+");
  private static final Pattern LETTERS = Pattern.compile("[^\\p{L}'’-]");

  private static final LanguageDetector DETECTOR =
      LanguageDetectorBuilder.fromLanguages(Language.ENGLISH, Language.DUTCH).build();

  private DutchBlocks() {}

  /** A Dutch block without lang="nl": the page, its tag and its text. */
  record Finding(String page, String tag, String text) {
    @Override
    public String toString() {
      return page + " <" + tag + "> " + text;
    }
  }

  /** The unmarked Dutch blocks of a page's HTML. */
  static List<Finding> in(String page, String html) {
    Document document = Jsoup.parse(html);
    List<Finding> findings = new ArrayList<>();
    for (Element block : document.select(BLOCKS)) {
      if ("nl".equals(markedLanguage(block))) {
        continue;
      }
      String text = ownText(block);
      if (isDutch(text)) {
        findings.add(new Finding(page, block.tagName(), text));
      }
    }
    return findings;
  }

  /** Whether a text, without its names and bracketed terms, is long enough and Dutch. */
  static boolean isDutch(String text) {
    String judged = judgedWords(text);
    if (judged.split(" ").length < MIN_WORDS) {
      return false;
    }
    Map<Language, Double> confidence = DETECTOR.computeLanguageConfidenceValues(judged);
    double dutch = confidence.getOrDefault(Language.DUTCH, 0.0);
    double english = confidence.getOrDefault(Language.ENGLISH, 0.0);
    return dutch > 0 && english <= ENGLISH_AT_MOST * dutch;
  }

  /** The words of a text that say something about its language (see the class comment). */
  static String judgedWords(String text) {
    String plain = ADDRESS.matcher(BRACKETS.matcher(text).replaceAll(" ")).replaceAll(" ");
    List<String> kept = new ArrayList<>();
    boolean sentenceStart = true;
    for (String word : plain.trim().split("\\s+")) {
      String letters = LETTERS.matcher(word).replaceAll("");
      boolean startsSentence = sentenceStart;
      sentenceStart = SENTENCE_END.matcher(word).find();
      if (letters.isEmpty() || word.chars().anyMatch(Character::isDigit)) {
        continue;
      }
      if (!startsSentence && Character.isUpperCase(letters.codePointAt(0))) {
        continue;
      }
      kept.add(letters.toLowerCase(Locale.ROOT));
    }
    return String.join(" ", kept);
  }

  /**
   * The block's text without the blocks inside it (links stay: they are part of a sentence) and
   * without the parts marked as Dutch (names of places in an English sentence).
   */
  private static String ownText(Element block) {
    Element copy = block.clone();
    copy.select(CONTAINED + ", [lang^=nl]").stream()
        .filter(inner -> inner != copy)
        .forEach(Element::remove);
    return copy.text();
  }

  private static String markedLanguage(Element block) {
    for (Element element = block; element != null; element = element.parent()) {
      if (element.hasAttr("lang")) {
        return Arrays.stream(element.attr("lang").split("-")).findFirst().orElse("");
      }
    }
    return "";
  }
}
