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
  public record PageView(String slug, String audience, String title, String summary, String body) {
    static PageView of(InformationPage page) {
      return new PageView(
          page.slug(), page.audience().code(), page.title(), page.summary(), page.body());
    }
  }

  /** The page about one form of exploitation ({@code form}: sexual | labour | criminal | organ). */
  public record FormView(String slug, String form, String title, String summary, String body) {
    static FormView of(ExploitationFormPage page) {
      return new FormView(
          page.slug(), page.form().code(), page.title(), page.summary(), page.body());
    }
  }

  /** A theme of the indicator list with its indicators. */
  public record ThemeView(
      String slug, String title, String summary, List<IndicatorView> indicators) {
    public ThemeView {
      indicators = List.copyOf(indicators);
    }

    static ThemeView of(IndicatorTheme theme) {
      return new ThemeView(
          theme.slug(),
          theme.title(),
          theme.summary(),
          theme.indicators().stream().map(IndicatorView::of).toList());
    }
  }

  /** An indicator; {@code forms} empty means it points to every form of exploitation. */
  public record IndicatorView(String code, String text, List<String> forms) {
    public IndicatorView {
      forms = List.copyOf(forms);
    }

    static IndicatorView of(Indicator indicator) {
      return new IndicatorView(
          indicator.code(),
          indicator.text(),
          indicator.forms().stream().map(ExploitationForm::code).toList());
    }
  }

  /** A victim's story; {@code example} says it was written to illustrate, not a real account. */
  public record StoryView(
      String slug, String title, String summary, String body, String form, boolean example) {
    static StoryView of(Story story) {
      return new StoryView(
          story.slug(),
          story.title(),
          story.summary(),
          story.body(),
          story.form() == null ? null : story.form().code(),
          story.isExample());
    }
  }

  public record NewsView(
      String slug,
      String title,
      String summary,
      String body,
      LocalDate publishedOn,
      boolean example) {
    static NewsView of(NewsItem item) {
      return new NewsView(
          item.slug(),
          item.title(),
          item.summary(),
          item.body(),
          item.publishedOn(),
          item.isExample());
    }
  }

  public record FaqView(String slug, String question, String answer) {
    static FaqView of(FaqEntry entry) {
      return new FaqView(entry.slug(), entry.question(), entry.answer());
    }
  }
}
