package nl.wegwijzer.content.service;

import java.time.LocalDate;
import java.util.List;
import nl.wegwijzer.content.model.ExploitationFormPage;
import nl.wegwijzer.content.model.FaqEntry;
import nl.wegwijzer.content.model.Indicator;
import nl.wegwijzer.content.model.IndicatorTheme;
import nl.wegwijzer.content.model.InformationPage;
import nl.wegwijzer.content.model.NewsItem;
import nl.wegwijzer.content.model.Story;
import nl.wegwijzer.directory.model.ExploitationForm;

/** The records in which {@link InformationService} answers. Bodies are sanitised simple HTML. */
public final class InformationViews {

  private InformationViews() {}

  /** An information page; {@code audience} is victims | citizens | professionals | about. */
  public record PageView(
      String slug,
      String audience,
      String title,
      String summary,
      String body,
      boolean inDutchOnly) {
    static PageView of(InformationPage page, Wording wording) {
      return new PageView(
          page.slug(),
          page.audience().code(),
          wording.pick(page.title(), page.titleEn()),
          wording.pick(page.summary(), page.summaryEn()),
          wording.pick(page.body(), page.bodyEn()),
          wording.fallsBack(page.titleEn(), page.bodyEn()));
    }
  }

  /**
   * The page about one form of exploitation ({@code form}: sexual-domestic | sexual-cross-border |
   * labour | criminal | forced-begging | organ | other).
   */
  public record FormView(
      String slug, String form, String title, String summary, String body, boolean inDutchOnly) {
    static FormView of(ExploitationFormPage page, Wording wording) {
      return new FormView(
          page.slug(),
          page.form().code(),
          wording.pick(page.title(), page.titleEn()),
          wording.pick(page.summary(), page.summaryEn()),
          wording.pick(page.body(), page.bodyEn()),
          wording.fallsBack(page.titleEn(), page.bodyEn()));
    }
  }

  /**
   * A theme of the indicator list with its indicators. A theme is read in one language: when its
   * title, summary or any of its indicators has no English, an English reader gets the whole theme
   * in Dutch ({@code inDutchOnly}), so that a checklist never mixes the two.
   */
  public record ThemeView(
      String slug,
      String title,
      String summary,
      List<IndicatorView> indicators,
      boolean inDutchOnly) {
    public ThemeView {
      indicators = List.copyOf(indicators);
    }

    static ThemeView of(IndicatorTheme theme, Wording wording) {
      boolean dutch =
          wording.fallsBack(theme.titleEn(), theme.summaryEn())
              || theme.indicators().stream().anyMatch(i -> wording.fallsBack(i.textEn()));
      Wording shown = dutch ? Wording.DUTCH : wording;
      return new ThemeView(
          theme.slug(),
          shown.pick(theme.title(), theme.titleEn()),
          shown.pick(theme.summary(), theme.summaryEn()),
          theme.indicators().stream().map(i -> IndicatorView.of(i, shown)).toList(),
          dutch);
    }
  }

  /** An indicator; {@code forms} empty means it points to every form of exploitation. */
  public record IndicatorView(String code, String text, List<String> forms) {
    public IndicatorView {
      forms = List.copyOf(forms);
    }

    static IndicatorView of(Indicator indicator, Wording wording) {
      return new IndicatorView(
          indicator.code(),
          wording.pick(indicator.text(), indicator.textEn()),
          indicator.forms().stream().map(ExploitationForm::code).toList());
    }
  }

  /** A victim's story; {@code example} says it was written to illustrate, not a real account. */
  public record StoryView(
      String slug,
      String title,
      String summary,
      String body,
      String form,
      boolean example,
      boolean inDutchOnly) {
    static StoryView of(Story story, Wording wording) {
      return new StoryView(
          story.slug(),
          wording.pick(story.title(), story.titleEn()),
          wording.pick(story.summary(), story.summaryEn()),
          wording.pick(story.body(), story.bodyEn()),
          story.form() == null ? null : story.form().code(),
          story.isExample(),
          wording.fallsBack(story.titleEn(), story.bodyEn()));
    }
  }

  public record NewsView(
      String slug,
      String title,
      String summary,
      String body,
      LocalDate publishedOn,
      boolean example,
      boolean inDutchOnly) {
    static NewsView of(NewsItem item, Wording wording) {
      return new NewsView(
          item.slug(),
          wording.pick(item.title(), item.titleEn()),
          wording.pick(item.summary(), item.summaryEn()),
          wording.pick(item.body(), item.bodyEn()),
          item.publishedOn(),
          item.isExample(),
          wording.fallsBack(item.titleEn(), item.bodyEn()));
    }
  }

  public record FaqView(String slug, String question, String answer, boolean inDutchOnly) {
    static FaqView of(FaqEntry entry, Wording wording) {
      return new FaqView(
          entry.slug(),
          wording.pick(entry.question(), entry.questionEn()),
          wording.pick(entry.answer(), entry.answerEn()),
          wording.fallsBack(entry.questionEn(), entry.answerEn()));
    }
  }
}
