package nl.wegwijzer.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.wegwijzer.content.model.Audience;
import nl.wegwijzer.content.model.Publishable;
import nl.wegwijzer.content.repository.ExploitationFormPageRepository;
import nl.wegwijzer.content.repository.FaqRepository;
import nl.wegwijzer.content.repository.IndicatorThemeRepository;
import nl.wegwijzer.content.repository.InformationPageRepository;
import nl.wegwijzer.content.repository.NewsRepository;
import nl.wegwijzer.content.repository.StoryRepository;
import nl.wegwijzer.content.service.InformationViews.FaqView;
import nl.wegwijzer.content.service.InformationViews.FormView;
import nl.wegwijzer.content.service.InformationViews.NewsView;
import nl.wegwijzer.content.service.InformationViews.PageView;
import nl.wegwijzer.content.service.InformationViews.StoryView;
import nl.wegwijzer.content.service.InformationViews.ThemeView;
import nl.wegwijzer.directory.support.Coded;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;

/**
 * The guide's other public content: information pages per audience, the forms of exploitation, the
 * indicator list, stories, news and the FAQ. Only published items; the rest is not found.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class InformationService {

  private final InformationPageRepository pages;
  private final ExploitationFormPageRepository forms;
  private final IndicatorThemeRepository indicators;
  private final StoryRepository stories;
  private final NewsRepository news;
  private final FaqRepository faq;

  /** Set by the web layer per request; absent in tests that build the service themselves. */
  @Inject ReadingLanguage reading;

  protected InformationService() {
    this(null, null, null, null, null, null);
  }

  @Inject
  public InformationService(
      InformationPageRepository pages,
      ExploitationFormPageRepository forms,
      IndicatorThemeRepository indicators,
      StoryRepository stories,
      NewsRepository news,
      FaqRepository faq) {
    this.pages = pages;
    this.forms = forms;
    this.indicators = indicators;
    this.stories = stories;
    this.news = news;
    this.faq = faq;
  }

  /**
   * The pages for an audience.
   *
   * @param audience victims | citizens | professionals | about
   */
  public List<PageView> pagesFor(String audience) {
    Audience parsed = Coded.parse(Audience.class, "audience", audience == null ? "" : audience);
    return pages.publishedFor(parsed).stream().map(item -> PageView.of(item, wording())).toList();
  }

  public PageView page(String slug) {
    return published(pages.findBySlug(slug), "page", slug, item -> PageView.of(item, wording()));
  }

  public List<FormView> exploitationForms() {
    return forms.published().stream().map(item -> FormView.of(item, wording())).toList();
  }

  public FormView exploitationForm(String slug) {
    return published(
        forms.findBySlug(slug), "exploitation form", slug, item -> FormView.of(item, wording()));
  }

  /** The indicator list: the published themes in order, each with its indicators. */
  public List<ThemeView> indicatorList() {
    Wording wording = wording();
    return indicators.published().stream().map(theme -> ThemeView.of(theme, wording)).toList();
  }

  /** Which of these codes are on the published indicator list. */
  public Set<String> publishedIndicatorCodesAmong(Collection<String> codes) {
    return indicators.publishedCodesAmong(codes);
  }

  public List<StoryView> stories() {
    return stories.published().stream().map(item -> StoryView.of(item, wording())).toList();
  }

  public StoryView story(String slug) {
    return published(
        stories.findBySlug(slug), "story", slug, item -> StoryView.of(item, wording()));
  }

  /** News, newest first. */
  public Page<NewsView> news(PageRequest page) {
    Wording wording = wording();
    return news.published(page).map(item -> NewsView.of(item, wording));
  }

  public NewsView newsItem(String slug) {
    Wording wording = wording();
    return published(news.findBySlug(slug), "news item", slug, item -> NewsView.of(item, wording));
  }

  public List<FaqView> faq() {
    return faq.published().stream().map(item -> FaqView.of(item, wording())).toList();
  }

  private static <E extends Publishable, V> V published(
      Optional<E> item, String kind, String slug, Function<E, V> view) {
    return item.filter(Publishable::isPublished)
        .map(view)
        .orElseThrow(() -> new NotFoundException(kind, slug));
  }

  private Wording wording() {
    return Wording.of(reading);
  }
}
