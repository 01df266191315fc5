package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/** Dutch by default, English on request, remembered, and announced to browsers and robots. */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = Lanes.PUBLIC_SITE, mode = ResourceAccessMode.READ)
@ResourceLock("LanguageIT")
@ExtendWith(RunningApp.class)
class LanguageIT {

  private static final java.util.regex.Pattern HTML_LANG =
      java.util.regex.Pattern.compile("<html[^>]* lang=\"([a-z]+)\"");

  private static String htmlLang(Api.Answer page) {
    java.util.regex.Matcher html = HTML_LANG.matcher(page.body());
    return html.find() ? html.group(1) : "";
  }

  @Test
  void dutchIsTheDefaultWithLinksToBothLanguages() {
    Api.Answer page = Api.get("/organisaties?q=opvang");
    assertEquals(200, page.status());
    assertTrue(htmlLang(page).equals("nl"), "lang is nl");
    assertTrue(page.body().contains("Organisaties"), page.body());
    assertTrue(
        page.body()
            .matches(
                "(?s).*hreflang=\"en\" href=\"http://[^\"]+/organisaties\\?q=opvang&amp;lang=en\".*"),
        "hreflang en keeps the page and its query");
    assertTrue(page.body().contains("hreflang=\"nl\""));
    assertTrue(page.body().contains("id=\"language-switch\""));
  }

  @Test
  void englishOnRequestIsRememberedForTheNextPages() {
    Api.Answer english = Api.get("/organisaties?lang=en");
    assertTrue(htmlLang(english).equals("en"), "lang is en");
    assertTrue(english.body().contains("Organisations"), "the screen texts are English");
    String cookie = english.header("set-cookie");
    assertNotNull(cookie, "the choice is remembered");
    assertTrue(cookie.contains("wegwijzer-lang=en"), cookie);

    Api.Answer next = Api.getWith("/zorgcoordinator", Map.of("Cookie", cookie.split(";")[0]));
    assertTrue(htmlLang(next).equals("en"), "the next page is English too");
    assertTrue(next.body().contains(">Nederlands<"), "the switch offers Dutch");

    Api.Answer back =
        Api.getWith("/zorgcoordinator?lang=nl", Map.of("Cookie", cookie.split(";")[0]));
    assertTrue(htmlLang(back).equals("nl"));
    assertTrue(back.header("set-cookie").contains("wegwijzer-lang=nl"));
  }

  @Test
  void theGuideContentIsEnglishWhereTranslatedAndSaysSoWhereNot() {
    Api.Answer phase = Api.get("/signaleren?lang=en");
    assertTrue(phase.body().contains("Recognising and reporting"), "the phase in English");
    assertFalse(phase.body().contains("translation-missing"));

    java.util.regex.Matcher news =
        java.util.regex.Pattern.compile("href=\"(/nieuws/[a-z0-9-]+)\"")
            .matcher(Api.get("/nieuws").body());
    assertTrue(news.find(), "a news item to open");
    Api.Answer item = Api.get(news.group(1) + "?lang=en");
    assertTrue(item.body().contains("This is an example news item."), "news in English");
    assertFalse(item.body().contains("translation-missing"), "with nothing in Dutch");

    // The English site searches the English texts; a Dutch word they do not use ('werkgever': the
    // English say employer) falls back to the Dutch hits, marked as Dutch, with the notice.
    Api.Answer search = Api.get("/zoeken?q=werkgever&lang=en");
    assertTrue(
        search
            .body()
            .contains("<p class=\"notice translation-missing\">This part is only available"),
        "the notice in English");
    assertTrue(
        search.body().matches("(?s).*<div lang=\"nl\" class=\"in-dutch\">\\s*<ul.*"),
        "the Dutch hits are marked as Dutch");
    assertFalse(
        Api.get("/zoeken?q=werkgever").body().contains("translation-missing"),
        "no notice for a Dutch reader");
  }

  @Test
  void theDirectoryOnTheEnglishSiteSearchesTheEnglishTexts() {
    String profile = "/organisaties/stichting-hofvijver-opvang?";
    // 'recovery' is in the profile's English text only (its Dutch says herstel), and no search term
    // of the editors' list leads from it to a Dutch word.
    Api.Answer english = Api.get("/organisaties?q=recovery&lang=en");
    assertTrue(english.body().contains(profile), "found by its English text");
    assertTrue(
        english.body().contains("Residents get help with their recovery"),
        "with its English summary");
    assertFalse(
        Api.get("/organisaties?q=recovery").body().contains(profile),
        "the Dutch site searches the Dutch texts only");
    assertTrue(
        Api.get("/organisaties?q=herstel&lang=en").body().contains(profile),
        "a Dutch word still finds the profile on the English site");
  }

  @Test
  void anUnknownLanguageFallsBackToDutch() {
    Api.Answer page = Api.get("/?lang=xx");
    assertEquals(200, page.status());
    assertTrue(htmlLang(page).equals("nl"));
  }

  @Test
  void theAccessibilityStatementIsLinkedFromEveryPage() {
    assertTrue(Api.get("/").body().contains("/toegankelijkheid\""));
    Api.Answer statement = Api.get("/toegankelijkheid");
    assertEquals(200, statement.status());
    assertTrue(statement.body().contains("WCAG 2.1"));
    Api.Answer english = Api.get("/toegankelijkheid?lang=en");
    assertTrue(english.body().contains("Accessibility statement"), english.body());
  }
}
