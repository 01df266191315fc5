package nl.wegwijzer.web.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.wegwijzer.content.service.InformationViews.FormView;
import nl.wegwijzer.content.service.InformationViews.IndicatorView;
import nl.wegwijzer.content.service.InformationViews.ThemeView;
import nl.wegwijzer.content.service.PhaseView;
import nl.wegwijzer.content.service.RegulationView;
import nl.wegwijzer.content.service.StepSummary;
import nl.wegwijzer.content.service.StepView;
import nl.wegwijzer.directory.service.CoordinationEditing.RegionCoordination;
import nl.wegwijzer.directory.service.CoordinatorView;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;

/**
 * The generated documents as PDF, from fixed content without a server: tagged as PDF/UA asks (a
 * structure tree, marked content, the language, the title shown as the window title, embedded
 * fonts, the PDF/UA mark in the metadata), with the publication date, a table of contents with
 * bookmarks, the chapters and a coordinator of Zeeland; in Dutch and in English.
 */
class HandbookPdfTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2026, 12, 7);

  private static final CoordinatorView ZEELAND =
      new CoordinatorView(
          "zeeland",
          "all",
          null,
          "Coördinatiepunt Zeeland (test)",
          null,
          "0118 000 000",
          "zeeland@example.org",
          null,
          LocalDate.of(2025, 1, 1),
          null);

  private static final CoordinatorView NATIONAL =
      new CoordinatorView(
          "landelijk",
          "all",
          null,
          "Landelijk coördinatiepunt (test)",
          null,
          "030 000 0000",
          null,
          null,
          LocalDate.of(2025, 1, 1),
          null);

  private static Handbook.Guide guide(Locale language) {
    RegulationView reflection =
        new RegulationView(
            "bedenktijd",
            "Bedenktijd",
            "Drie maanden om te beslissen over aangifte.",
            "<p>Een slachtoffer van buiten de EU krijgt <strong>bedenktijd</strong>.</p>",
            "Vreemdelingencirculaire B8/3",
            List.of(),
            false,
            "2025-1",
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 6, 1),
            Map.of());
    StepView step =
        new StepView(
            "signalen-herkennen",
            "signaleren",
            "Signaleren",
            1,
            "Signalen herkennen",
            "Wat wijst op uitbuiting?",
            "<h2>Waar op letten</h2><p>Let op wie het woord voert.</p>"
                + "<ul><li>Geen eigen <a href=\"/rechten/bedenktijd\">paspoort</a></li></ul>",
            List.of(reflection),
            List.of("shelter"),
            null,
            null,
            false);
    PhaseView phase =
        new PhaseView(
            "signaleren",
            1,
            "Signaleren",
            "Herkennen en melden.",
            List.of(
                new StepSummary(
                    "signalen-herkennen", "signaleren", 1, "Signalen herkennen", "Wat?")));
    return new Handbook.Guide(
        language,
        PUBLISHED,
        List.of(new Handbook.Chapter(phase, List.of(step))),
        List.of(reflection),
        List.of(
            new FormView(
                "arbeidsuitbuiting",
                "labour",
                "Arbeidsuitbuiting",
                "Werken onder dwang.",
                "<p>In de bouw en de land- en tuinbouw.</p>",
                true)),
        List.of(
            new RegionCoordination("flevoland", "Flevoland", List.of(), List.of()),
            new RegionCoordination("zeeland", "Zeeland", List.of(ZEELAND), List.of())),
        List.of(NATIONAL));
  }

  private static Handbook.Indicators indicators(Locale language) {
    return new Handbook.Indicators(
        language,
        PUBLISHED,
        List.of(
            new ThemeView(
                "afhankelijkheid",
                "Afhankelijkheid",
                "Van werkgever of uitbuiter.",
                List.of(
                    new IndicatorView("schuld", "Heeft een schuld bij de werkgever", List.of()),
                    new IndicatorView(
                        "geen-paspoort", "Heeft geen eigen identiteitsbewijs", List.of("labour"))),
                false)));
  }

  private static List<String> bookmarks(PDDocument pdf) {
    List<String> titles = new ArrayList<>();
    for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
      titles.add(item.getTitle());
      item.children().forEach(child -> titles.add("  " + child.getTitle()));
    }
    return titles;
  }

  @Test
  void theDutchHandbookIsTaggedAndHoldsTheGuideAndTheCoordinators() throws IOException {
    byte[] bytes = PdfDocuments.render(HandbookHtml.guide(guide(Locale.forLanguageTag("nl"))));
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      TaggedPdf.assertTagged(pdf, "nl", "Handboek mensenhandel");
      String text = TaggedPdf.text(pdf);
      for (String expected :
          List.of(
              "Gepubliceerd op 7 december 2026",
              "Inhoud",
              "Fase 1: Signaleren",
              "Signalen herkennen",
              "Geen eigen paspoort",
              "Rechten en regelingen bij deze stap",
              "Wettelijke basis: Vreemdelingencirculaire B8/3",
              "Regelversie 2025-1.",
              "Vormen van uitbuiting",
              "Arbeidsuitbuiting",
              "Zorgcoördinatoren per regio",
              "Zeeland",
              "Coördinatiepunt Zeeland (test)",
              "0118 000 000",
              "Landelijk coördinatiepunt (test)")) {
        assertTrue(text.contains(expected), expected + " in:\n" + text);
      }
      assertTrue(pdf.getNumberOfPages() >= 6, "cover, contents and a page per chapter");
      assertTrue(
          pdf.getPage(2).getAnnotations().isEmpty(),
          "no link within the site, which leads nowhere");
      List<String> bookmarks = bookmarks(pdf);
      assertEquals(
          List.of(
              "Fase 1: Signaleren",
              "  Signalen herkennen",
              "Rechten en regelingen",
              "  Bedenktijd",
              "Vormen van uitbuiting",
              "  Arbeidsuitbuiting",
              "Zorgcoördinatoren per regio",
              "  Flevoland",
              "  Zeeland"),
          bookmarks);
    }
  }

  @Test
  void theContentsOwnHeadingsComeUnderItsItemAndLinksWithinTheSiteKeepOnlyTheirText() {
    org.jsoup.nodes.Document html = HandbookHtml.guide(guide(Locale.forLanguageTag("nl")));
    assertTrue(html.select(".body h2").isEmpty(), html.outerHtml());
    assertEquals("Waar op letten", html.select(".body h3").text());
    assertTrue(html.select(".body a").isEmpty());
    assertTrue(html.select(".body li").text().contains("Geen eigen paspoort"));
  }

  @Test
  void theFingerprintLeavesOutTheDateAndFollowsTheText() {
    Handbook.Guide today = guide(Locale.forLanguageTag("nl"));
    Handbook.Guide tomorrow =
        new Handbook.Guide(
            today.language(),
            PUBLISHED.plusDays(1),
            today.phases(),
            today.regulations(),
            today.forms(),
            today.regions(),
            today.national());
    Handbook.Guide fewerForms =
        new Handbook.Guide(
            today.language(),
            PUBLISHED,
            today.phases(),
            today.regulations(),
            List.of(),
            today.regions(),
            today.national());
    String fingerprint = HandbookHtml.fingerprint(HandbookHtml.guide(today));
    assertEquals(fingerprint, HandbookHtml.fingerprint(HandbookHtml.guide(tomorrow)));
    assertFalse(fingerprint.equals(HandbookHtml.fingerprint(HandbookHtml.guide(fewerForms))));
    assertFalse(
        fingerprint.equals(HandbookHtml.fingerprint(HandbookHtml.guide(guide(Locale.ENGLISH)))));
  }

  @Test
  void theEnglishHandbookIsInEnglishAroundTheContent() throws IOException {
    byte[] bytes = PdfDocuments.render(HandbookHtml.guide(guide(Locale.ENGLISH)));
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      TaggedPdf.assertTagged(pdf, "en", "Human trafficking handbook");
      String text = TaggedPdf.text(pdf);
      for (String expected :
          List.of(
              "Published on December 7, 2026",
              "Contents",
              "Phase 1: Signaleren",
              "Legal basis: Vreemdelingencirculaire B8/3",
              "Care coordinators per region",
              "Coördinatiepunt Zeeland (test)")) {
        assertTrue(text.contains(expected), expected + " in:\n" + text);
      }
      assertFalse(text.contains("Gepubliceerd op"));
    }
    org.jsoup.nodes.Document html = HandbookHtml.guide(guide(Locale.ENGLISH));
    assertEquals(
        "Arbeidsuitbuiting",
        html.select("h2[lang=nl]").text(),
        "the form still in Dutch is marked as Dutch");
  }

  @Test
  void theIndicatorListIsTaggedWithItsThemesInBothLanguages() throws IOException {
    byte[] dutch =
        PdfDocuments.render(HandbookHtml.indicators(indicators(Locale.forLanguageTag("nl"))));
    try (PDDocument pdf = Loader.loadPDF(dutch)) {
      TaggedPdf.assertTagged(pdf, "nl", "Indicatorenlijst mensenhandel");
      String text = TaggedPdf.text(pdf);
      assertTrue(text.contains("Gepubliceerd op 7 december 2026"), text);
      assertTrue(text.contains("Afhankelijkheid"), text);
      assertTrue(text.contains("Heeft geen eigen identiteitsbewijs (Arbeidsuitbuiting)"), text);
      assertEquals(List.of("Zo gebruikt u deze lijst", "Afhankelijkheid"), bookmarks(pdf));
    }
    byte[] english = PdfDocuments.render(HandbookHtml.indicators(indicators(Locale.ENGLISH)));
    try (PDDocument pdf = Loader.loadPDF(english)) {
      TaggedPdf.assertTagged(pdf, "en", "Human trafficking indicator list");
      assertTrue(TaggedPdf.text(pdf).contains("How to use this list"));
    }
  }
}
