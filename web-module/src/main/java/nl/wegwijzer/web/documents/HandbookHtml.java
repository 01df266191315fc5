package nl.wegwijzer.web.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.wegwijzer.content.service.InformationViews.FormView;
import nl.wegwijzer.content.service.InformationViews.IndicatorView;
import nl.wegwijzer.content.service.InformationViews.ThemeView;
import nl.wegwijzer.content.service.RegulationView;
import nl.wegwijzer.content.service.StepView;
import nl.wegwijzer.directory.service.CoordinationEditing.RegionCoordination;
import nl.wegwijzer.directory.service.CoordinatorView;
import nl.wegwijzer.web.shared.Labels;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The generated documents as HTML for {@link PdfDocuments}: a cover with the publication date, a
 * table of contents with page numbers (also as PDF bookmarks), and the chapters. Texts come from
 * the screens' bundle in the document's language; the content's own HTML (sanitised when edited)
 * goes in as it is published.
 */
final class HandbookHtml {

  private final Locale language;
  private final ResourceBundle texts;
  private final Document html;
  private final Element contents;
  private final Element bookmarks;
  private int anchors;

  private HandbookHtml(Locale language, String name, LocalDate published) {
    String titleKey = "pdf." + name + ".title";
    this.language = language;
    this.texts = ResourceBundle.getBundle(Labels.BUNDLE, language);
    this.html = Document.createShell("");
    html.outputSettings().prettyPrint(false);
    html.selectFirst("html").attr("lang", language.getLanguage());
    html.title(text(titleKey) + " | " + text("site.name"));
    // The description: PDF/UA wants one in the document's metadata.
    html.head()
        .appendElement("meta")
        .attr("name", "description")
        .attr("content", text("pdf." + name + ".subtitle"));
    html.head().appendElement("style").appendText(PdfDocuments.STYLE);
    this.bookmarks = html.head().appendElement("bookmarks");
    Element cover = html.body().appendElement("section").addClass("cover");
    cover.appendElement("p").addClass("site").text(text("site.name"));
    cover.appendElement("h1").attr("id", "title").text(text(titleKey));
    cover.appendElement("p").addClass("subtitle").text(text("pdf." + name + ".subtitle"));
    cover
        .appendElement("p")
        .addClass("published")
        .attr("id", "published")
        .text(text("pdf.published", day(published)));
    cover.appendElement("p").addClass("meta").text(text("pdf.source"));
    Element toc = html.body().appendElement("nav").addClass("toc");
    toc.appendElement("h2").text(text("pdf.contents"));
    this.contents = toc.appendElement("ol");
  }

  /** The guide as a handbook: phases and steps, regulations, forms, coordinators per region. */
  static Document guide(Handbook.Guide guide) {
    HandbookHtml page = new HandbookHtml(guide.language(), "handbook", guide.published());
    for (Handbook.Chapter chapter : guide.phases()) {
      Element section =
          page.chapter(page.text("pdf.phase", chapter.phase().position(), chapter.phase().title()));
      section.appendElement("p").addClass("lead").text(chapter.phase().summary());
      for (StepView step : chapter.steps()) {
        page.step(section, step);
      }
    }
    Element regulations = page.chapter(page.text("guide.rights"));
    guide.regulations().forEach(regulation -> page.regulation(regulations, regulation));
    Element forms = page.chapter(page.text("pdf.forms"));
    guide.forms().forEach(form -> page.form(forms, form));
    page.coordinators(guide);
    return page.html;
  }

  /** The indicator list: per theme its indicators, and the forms they point to most. */
  static Document indicators(Handbook.Indicators list) {
    HandbookHtml page = new HandbookHtml(list.language(), "indicators", list.published());
    Element intro = page.chapter(page.text("pdf.indicators.use"));
    intro.appendElement("p").text(page.text("library.indicators.intro"));
    intro.appendElement("p").text(page.text("library.indicators.advice"));
    for (ThemeView theme : list.themes()) {
      Element section = page.chapter(theme.title());
      Element lead = section.appendElement("p").addClass("lead").text(theme.summary());
      Element items = section.appendElement("ul").addClass("indicators");
      if (theme.inDutchOnly()) {
        lead.attr("lang", "nl");
        items.attr("lang", "nl");
      }
      for (IndicatorView indicator : theme.indicators()) {
        Element item = items.appendElement("li").text(indicator.text());
        if (!indicator.forms().isEmpty()) {
          item.appendElement("span")
              .addClass("meta")
              .text(
                  " ("
                      + String.join(
                          ", ",
                          indicator.forms().stream().map(f -> page.text("form." + f)).toList())
                      + ")");
        }
      }
    }
    return page.html;
  }

  /**
   * What a page says, as a SHA-256 in hex, leaving out its publication date: a page that reads the
   * same as the one kept is not rendered again and keeps its date.
   */
  static String fingerprint(Document page) {
    Document withoutDate = page.clone();
    withoutDate.select("#published").empty();
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(withoutDate.outerHtml().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A chapter on a new page, listed in the contents and the bookmarks. */
  private Element chapter(String title) {
    String id = "h" + ++anchors;
    Element section = html.body().appendElement("section").addClass("chapter");
    section.appendElement("h1").attr("id", id).text(title);
    contents
        .appendElement("li")
        .appendElement("a")
        .attr("href", "#" + id)
        .attr("title", title)
        .text(title);
    bookmarks.appendElement("bookmark").attr("name", title).attr("href", "#" + id);
    return section;
  }

  /** A heading within the last chapter, listed under it in the contents and the bookmarks. */
  private Element subheading(Element section, String title) {
    String id = "h" + ++anchors;
    Element heading = section.appendElement("h2").attr("id", id).text(title);
    Element entry = contents.children().last();
    Element sublist = entry.selectFirst("ol");
    (sublist == null ? entry.appendElement("ol") : sublist)
        .appendElement("li")
        .appendElement("a")
        .attr("href", "#" + id)
        .attr("title", title)
        .text(title);
    bookmarks
        .children()
        .last()
        .appendElement("bookmark")
        .attr("name", title)
        .attr("href", "#" + id);
    return heading;
  }

  private void step(Element section, StepView step) {
    item(section, step.title(), step.summary(), step.body(), step.inDutchOnly());
    if (!step.regulations().isEmpty()) {
      section.appendElement("h3").text(text("pdf.stepRegulations"));
      Element list = section.appendElement("ul");
      step.regulations().forEach(r -> list.appendElement("li").text(r.title()));
    }
  }

  private void regulation(Element section, RegulationView regulation) {
    item(
        section,
        regulation.title(),
        regulation.summary(),
        regulation.body(),
        regulation.inDutchOnly());
    if (regulation.legalBasis() != null && !regulation.legalBasis().isBlank()) {
      Element basis = section.appendElement("p").addClass("legal-basis");
      basis.appendElement("strong").text(text("guide.legalBasis") + ": ");
      basis.appendText(regulation.legalBasis());
    }
    if (regulation.ruleVersion() != null) {
      section
          .appendElement("p")
          .addClass("meta")
          .text(
              text("rule.version", regulation.ruleVersion())
                  + " "
                  + (regulation.checkedOn() == null
                      ? text("rule.neverChecked")
                      : text("rule.checkedOn", day(regulation.checkedOn()))));
    }
  }

  private void form(Element section, FormView form) {
    item(section, form.title(), form.summary(), form.body(), form.inDutchOnly());
  }

  /**
   * A step, regulation or form: its heading, summary and published HTML. Text still in Dutch in
   * another language's document says so, for screen readers.
   */
  private void item(
      Element section, String title, String summary, String body, boolean inDutchOnly) {
    List<Element> parts =
        List.of(
            subheading(section, title),
            section.appendElement("p").addClass("lead").text(summary),
            content(section.appendElement("div").addClass("body").append(body)));
    if (inDutchOnly) {
      parts.forEach(part -> part.attr("lang", "nl"));
    }
  }

  /**
   * The published HTML of an item under its heading (h2): its own headings one level lower, so the
   * document's outline stays whole; links within the site lead nowhere in a file, so only their
   * text stays; other links are described by their text.
   */
  private static Element content(Element body) {
    body.select("a[href^=/]").unwrap();
    // A link's title is its description in the tagged PDF.
    body.select("a:not([title])").forEach(link -> link.attr("title", link.text()));
    for (int level = 4; level >= 2; level--) {
      body.select("h" + level).tagName("h" + (level + 1));
    }
    return body;
  }

  /** Per region its coordinators of the day, as a table; the national point where none. */
  private void coordinators(Handbook.Guide guide) {
    Element section = chapter(text("pdf.coordinators"));
    section.appendElement("p").text(text("pdf.coordinatorsIntro"));
    for (RegionCoordination region : guide.regions()) {
      subheading(section, region.name());
      if (region.coordinators().isEmpty()) {
        section.appendElement("p").text(text("coordinator.fallback"));
        table(section, guide.national());
      } else {
        table(section, region.coordinators());
      }
    }
  }

  private void table(Element section, List<CoordinatorView> coordinators) {
    Element table = section.appendElement("table");
    Element head = table.appendElement("thead").appendElement("tr");
    for (String column :
        List.of("pdf.organisation", "pdf.forWhom", "coordinator.phone", "coordinator.email")) {
      head.appendElement("th")
          .attr("scope", "col")
          .addClass(column.substring(column.indexOf('.') + 1))
          .text(text(column));
    }
    Element body = table.appendElement("tbody");
    for (CoordinatorView coordinator : coordinators) {
      Element row = body.appendElement("tr");
      row.appendElement("td").text(coordinator.organisation());
      row.appendElement("td").text(forWhom(coordinator));
      row.appendElement("td").text(orEmpty(coordinator.phone()));
      row.appendElement("td").text(orEmpty(coordinator.email()));
    }
  }

  private String forWhom(CoordinatorView coordinator) {
    return switch (coordinator.appliesTo()) {
      case "below-split" -> text("coordinator.below", coordinator.splitAge());
      case "from-split" -> text("coordinator.from", coordinator.splitAge());
      default -> text("pdf.allAges");
    };
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  private String text(String key, Object... arguments) {
    String pattern = texts.getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, language).format(arguments);
  }

  private String day(LocalDate day) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).format(day);
  }
}
