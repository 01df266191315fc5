package nl.wegwijzer.web.coordinatie;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import nl.wegwijzer.casework.service.AccessLogLine;
import nl.wegwijzer.casework.service.CaseView;
import nl.wegwijzer.casework.service.CaseView.EventView;
import nl.wegwijzer.casework.service.CaseView.ReferralView;
import nl.wegwijzer.web.shared.FacesRequest;
import nl.wegwijzer.web.shared.Language;
import org.junit.jupiter.api.Test;

/**
 * A case's timeline and access log read in words, in the page's language, with people's names: what
 * the timeline stores as codes, slugs, user names and ISO dates never reaches the page.
 */
class CaseStoryTest {

  private static final OffsetDateTime AT =
      OffsetDateTime.of(2026, 3, 10, 9, 0, 0, 0, ZoneOffset.UTC);

  private static final CaseStory STORY =
      new CaseStory(
          Map.of("coordinator-zeeland", "Femke Visser", "coordinator-zeeland-2", "Joris de Wit")
              ::get,
          Map.of("zeeland", "Zeeland", "west-brabant", "West-Brabant")::get);

  private static EventView event(String actor, String kind, String detail) {
    return new EventView(AT, actor, kind, detail);
  }

  private static CaseView withTimeline(List<EventView> events) {
    return new CaseView(
        "ZK-2026-00001",
        "zeeland",
        "open",
        LocalDate.of(2026, 3, 10),
        List.of(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of(
            new ReferralView(
                1,
                "opvang-zeeland",
                "Opvang Zeeland",
                "shelter",
                "sent",
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                null)),
        List.of(),
        List.of(),
        null,
        null,
        null,
        events,
        false,
        1,
        null);
  }

  private static final List<EventView> EVENTS =
      List.of(
          event("coordinator-zeeland", "opened", null),
          event("coordinator-zeeland", "referral-sent", "opvang-zeeland"),
          event("coordinator-zeeland", "task-added", "due 2026-03-13"),
          event(
              "coordinator-zeeland",
              "reflection-started",
              "ends 2026-06-10 (bedenktijd B8/3-2023)"),
          event("coordinator-zeeland", "police-report", "informative-talk"),
          event("coordinator-zeeland", "handed-over", "coordinator-zeeland-2"),
          event("coordinator-zeeland-2", "task-assigned", null),
          event("coordinator-zeeland-2", "flagged", "acute-danger"),
          event("coordinator-zeeland-2", "closed", "support-completed"),
          event("coordinator-zeeland-2", "reopened", "new-signal"),
          event("region-calendar", "region-moved", "zeeland -> west-brabant"));

  @Test
  void theTimelineReadsInDutchWithNamesAndNoCodes() {
    try (FacesRequest request = FacesRequest.in(Language.DUTCH, Map.of())) {
      List<CaseStory.Line> lines = STORY.timeline(withTimeline(EVENTS));
      List<String> what = lines.stream().map(CaseStory.Line::what).toList();
      assertEquals(
          List.of(
              "Zaak geopend",
              "Verwijzing verstuurd: Opvang Zeeland",
              "Taak toegevoegd: uiterlijk 13-03-2026",
              "Bedenktijd begonnen: loopt tot 10-06-2026 (bedenktijd B8/3-2023)",
              "Aangifte bijgewerkt: Informatief gesprek",
              "Zaak overgedragen aan: Joris de Wit",
              "Taak toegewezen aan: Iedereen in de regio",
              "Aandachtspunt toegevoegd: Acuut gevaar",
              "Zaak gesloten: Hulp afgerond",
              "Zaak heropend: Nieuw signaal over deze persoon",
              "Zaak verhuisd naar een andere regio, met de gemeente van zijn signalen: van Zeeland"
                  + " naar West-Brabant"),
          what);
      assertEquals("Femke Visser", lines.get(0).who());
      assertEquals("Systeem (gemeentelijke herindeling)", lines.get(10).who());
    }
  }

  @Test
  void theTimelineReadsInEnglishOnTheEnglishPage() {
    try (FacesRequest request = FacesRequest.in(Language.ENGLISH, Map.of())) {
      List<String> what =
          STORY.timeline(withTimeline(EVENTS)).stream().map(CaseStory.Line::what).toList();
      assertEquals("Case handed over to: Joris de Wit", what.get(5));
      assertEquals("Flag set: Acute danger", what.get(7));
      assertEquals("Case reopened: A new signal about this person", what.get(9));
    }
  }

  @Test
  void theWorklistCallsTheReadersOwnTaskTheirsAndNamesAColleague() {
    try (FacesRequest request = FacesRequest.in(Language.DUTCH, Map.of())) {
      assertEquals("Mij", STORY.forWhom("coordinator-zeeland", "coordinator-zeeland"));
      assertEquals("Joris de Wit", STORY.forWhom("coordinator-zeeland-2", "coordinator-zeeland"));
      assertEquals("Iedereen in de regio", STORY.forWhom(null, "coordinator-zeeland"));
    }
    try (FacesRequest request = FacesRequest.in(Language.ENGLISH, Map.of())) {
      assertEquals("Me", STORY.forWhom("coordinator-zeeland", "coordinator-zeeland"));
    }
  }

  @Test
  void theAccessLogNamesWhoAndWhyInWords() {
    try (FacesRequest request = FacesRequest.in(Language.DUTCH, Map.of())) {
      List<CaseStory.LogLine> lines =
          STORY.log(
              List.of(
                  new AccessLogLine(
                      AT, "coordinator-zeeland", "read", "case", "ZK-2026-00001", "view"),
                  new AccessLogLine(
                      AT, "public-form", "create", "signal", "WW-AAAA-BBBB", "register"),
                  new AccessLogLine(
                      AT, "coordinator-zeeland", "read", "case", "ZK-2026-00001", "intake-gesprek"),
                  new AccessLogLine(
                      AT,
                      "region-calendar",
                      "update",
                      "case",
                      "ZK-2026-00001",
                      "municipality moved: zeeland -> west-brabant")));
      assertEquals("Femke Visser", lines.get(0).who());
      assertEquals("Ingezien", lines.get(0).action());
      assertEquals("Zaak of signaal bekeken", lines.get(0).purpose());
      assertEquals("Meldformulier op de website", lines.get(1).who());
      assertEquals("Signaal geregistreerd", lines.get(1).purpose());
      assertEquals("intake-gesprek", lines.get(2).purpose(), "an API client's own words");
      assertEquals(
          "Gemeente naar een andere regio: Zeeland naar West-Brabant", lines.get(3).purpose());
    }
  }
}
