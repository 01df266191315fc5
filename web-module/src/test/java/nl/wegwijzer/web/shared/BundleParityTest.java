package nl.wegwijzer.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every screen text exists in Dutch and English: each bundle in the i18n folder has an English twin
 * with exactly the same keys and the same {n} placeholders, and Dutch visitors get the Dutch texts
 * even on a server whose JVM runs in English. A text with placeholders goes through MessageFormat
 * (its apostrophes doubled); a text without is shown as written (Labels.text without arguments, a
 * bundle read in a page), so its apostrophes are single, and the pages do not format it.
 */
class BundleParityTest {

  private static final String FOLDER = "nl/wegwijzer/web/i18n";
  private static final Pattern BASE = Pattern.compile("([^_]+)\\.properties");
  private static final Pattern VARIANT = Pattern.compile("([^_]+)_([a-z]{2})\\.properties");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
  // MessageFormat reads a lone apostrophe as the start of a quoted section, which hides the text
  // and the placeholders after it; patterns with placeholders must write '' instead.
  private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

  @Test
  void everyBundleHasAnEnglishTwinWithTheSameKeysAndPlaceholders() throws IOException {
    List<String> bases = baseNames();
    assertTrue(bases.contains("messages"), "the folder holds at least the messages bundle");
    List<String> problems = new ArrayList<>();
    for (String base : bases) {
      Path dutchFile = folder().resolve(base + ".properties");
      Path englishFile = folder().resolve(base + "_en.properties");
      if (!Files.exists(englishFile)) {
        problems.add(base + ": no " + englishFile.getFileName());
        continue;
      }
      Properties dutch = load(dutchFile);
      Properties english = load(englishFile);
      for (String key : dutch.stringPropertyNames()) {
        if (!english.containsKey(key)) {
          problems.add(base + "_en lacks " + key);
        }
      }
      for (String key : english.stringPropertyNames()) {
        if (!dutch.containsKey(key)) {
          problems.add(base + " lacks " + key + " (only in " + base + "_en)");
        } else if (!placeholders(dutch.getProperty(key))
            .equals(placeholders(english.getProperty(key)))) {
          problems.add(
              base
                  + ": "
                  + key
                  + " has placeholders "
                  + placeholders(dutch.getProperty(key))
                  + " in Dutch but "
                  + placeholders(english.getProperty(key))
                  + " in English");
        }
      }
      problems.addAll(loneApostrophes(base, dutch));
      problems.addAll(loneApostrophes(base + "_en", english));
      problems.addAll(doubledApostrophes(base, dutch));
      problems.addAll(doubledApostrophes(base + "_en", english));
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyEnglishBundleHasADutchBundle() throws IOException {
    List<String> bases = baseNames();
    List<String> orphans =
        bundleNames(VARIANT).stream().filter(base -> !bases.contains(base)).toList();
    assertEquals(List.of(), orphans, "locale files without a Dutch base bundle");
  }

  /**
   * ResourceBundle falls back to the JVM's default locale before the base file; on a server running
   * in English a Dutch visitor would then get the _en texts unless a _nl file stops the search at
   * Dutch.
   */
  @Test
  void dutchVisitorsGetDutchTextsOnAnEnglishServer() throws IOException {
    Locale serverLocale = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      ResourceBundle.clearCache();
      List<String> problems = new ArrayList<>();
      for (String base : baseNames()) {
        Properties dutch = load(folder().resolve(base + ".properties"));
        ResourceBundle shown =
            ResourceBundle.getBundle(
                FOLDER.replace('/', '.') + "." + base, Locale.forLanguageTag("nl"));
        long notDutch =
            dutch.stringPropertyNames().stream()
                .filter(key -> !dutch.getProperty(key).equals(shown.getString(key)))
                .count();
        if (notDutch > 0) {
          problems.add(
              base
                  + ": Dutch visitors see "
                  + notDutch
                  + " non-Dutch texts; add an empty "
                  + base
                  + "_nl.properties");
        }
      }
      assertEquals(List.of(), problems);
    } finally {
      Locale.setDefault(serverLocale);
      ResourceBundle.clearCache();
    }
  }

  /**
   * The pages format only texts with placeholders: MessageFormat would swallow the single
   * apostrophe of a text without ("regio's" would read "regios").
   */
  @Test
  void thePagesFormatOnlyTextsWithPlaceholders() throws IOException {
    Properties all = new Properties();
    for (String base : baseNames()) {
      all.putAll(load(folder().resolve(base + ".properties")));
    }
    Pattern formatted = Pattern.compile("labels\\.format2?\\(\\s*\\w+\\['([^']+)'\\]");
    List<String> problems = new ArrayList<>();
    try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        Matcher use = formatted.matcher(Files.readString(page));
        while (use.find()) {
          String text = all.getProperty(use.group(1));
          if (text != null && placeholders(text).isEmpty() && text.contains("'")) {
            problems.add(page.getFileName() + " formats " + use.group(1) + ", which has no {0}");
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  private static List<String> doubledApostrophes(String bundle, Properties texts) {
    return texts.stringPropertyNames().stream()
        .filter(key -> placeholders(texts.getProperty(key)).isEmpty())
        .filter(key -> texts.getProperty(key).contains("''"))
        .map(key -> bundle + ": " + key + " is shown as written; write ' for an apostrophe")
        .toList();
  }

  private static List<String> loneApostrophes(String bundle, Properties texts) {
    return texts.stringPropertyNames().stream()
        .filter(key -> !placeholders(texts.getProperty(key)).isEmpty())
        .filter(key -> LONE_APOSTROPHE.matcher(texts.getProperty(key)).find())
        .map(key -> bundle + ": " + key + " is a MessageFormat pattern; write '' for an apostrophe")
        .toList();
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  private static List<String> baseNames() throws IOException {
    List<String> bases = bundleNames(BASE);
    assertFalse(bases.isEmpty(), "no bundles found in " + folder());
    return bases;
  }

  /** The bundle base names of the files in the folder whose names match the pattern. */
  private static List<String> bundleNames(Pattern fileName) throws IOException {
    try (Stream<Path> files = Files.list(folder())) {
      return files
          .map(file -> fileName.matcher(file.getFileName().toString()))
          .filter(Matcher::matches)
          .map(name -> name.group(1))
          .sorted()
          .toList();
    }
  }

  private static Properties load(Path file) throws IOException {
    Properties texts = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      texts.load(reader);
    }
    return texts;
  }

  private static Path folder() {
    URL folder = BundleParityTest.class.getClassLoader().getResource(FOLDER);
    try {
      return Path.of(folder.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
