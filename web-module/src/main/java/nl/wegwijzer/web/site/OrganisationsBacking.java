package nl.wegwijzer.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.wegwijzer.content.service.SearchSuggestions;
import nl.wegwijzer.directory.model.OrganisationSort;
import nl.wegwijzer.directory.model.OrganisationSummary;
import nl.wegwijzer.directory.service.DirectoryQuery;
import nl.wegwijzer.directory.service.OrganisationDirectory;
import nl.wegwijzer.directory.support.Coded;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.web.shared.LanguageBacking;
import nl.wegwijzer.web.shared.Pager;

/**
 * The directory search at /organisaties: filters and page number from the URL, one page read in
 * SQL, plain links to the other pages. Nothing is kept between requests, so an anonymous visitor
 * gets no session and the page can be cached like every other public page.
 */
@Named
@RequestScoped
public class OrganisationsBacking {

  static final int PAGE_SIZE = 20;

  /** As far as the lists of the back office go: 10,000 results; narrower filters find the rest. */
  static final int MAX_PAGE = 10_000 / PAGE_SIZE;

  @Inject OrganisationDirectory directory;
  @Inject SearchPlace places;
  @Inject SearchSuggestions suggestions;
  @Inject LanguageBacking siteLanguage;

  private final DirectoryFilters filters = new DirectoryFilters();
  private String text;
  private String page;

  private Page<OrganisationSummary> results = new Page<>(List.of(), 1, PAGE_SIZE, 0);
  private SearchReading reading = SearchReading.NONE;

  /**
   * Reads the page asked for (the corrected words' when the words found nothing); wrong filters
   * become messages (FailureHandler's). No number shows the first page, one past the end the last.
   */
  public void search() {
    String suggestion =
        text == null || text.isBlank() ? null : suggestions.correction(text).orElse(null);
    results = searchFor(text);
    boolean corrected = results.totalItems() == 0 && suggestion != null;
    if (corrected) {
      results = searchFor(suggestion);
    }
    SearchPlace.Found place =
        filters.placeChosen() ? null : places.in(corrected ? suggestion : text).orElse(null);
    reading = new SearchReading(suggestion, corrected, place);
  }

  private Page<OrganisationSummary> searchFor(String words) {
    DirectoryQuery query = query(words);
    Page<OrganisationSummary> found =
        searchPage(query, new PageRequest(Pager.pageAsked(page, MAX_PAGE), PAGE_SIZE));
    if (found.items().isEmpty() && found.number() > 1) {
      found = searchPage(query, new PageRequest(Math.max(1, found.totalPages()), PAGE_SIZE));
    }
    return found;
  }

  /** On the English site the words match the profiles' English texts too, as in the site search. */
  private Page<OrganisationSummary> searchPage(DirectoryQuery query, PageRequest request) {
    return siteLanguage.isEnglish()
        ? directory.searchInEnglish(query, request)
        : directory.search(query, request);
  }

  private DirectoryQuery query(String words) {
    return filters.query(words);
  }

  /** What the words turned out to mean: a correction, a place. */
  public SearchReading getReading() {
    return reading;
  }

  /** The same search with the corrected words, every filter kept. */
  public String getSuggestionPath() {
    return pagerFor(reading.suggestion()).link(1);
  }

  public List<OrganisationSummary> getItems() {
    return results.items();
  }

  /** The number of the page on screen. */
  public int getPageNumber() {
    return results.number();
  }

  /** The numbers of the results on this page start here (for the list's {@code start}). */
  public int getFirstPosition() {
    return (results.number() - 1) * PAGE_SIZE + 1;
  }

  /**
   * The query a profile is opened with from this list ({@code ?terug=…}): this very page of
   * results, so that the profile's way back keeps the filters (see OrganisationBacking).
   */
  public String getProfileQuery() {
    return "?"
        + OrganisationBacking.BACK_PARAMETER
        + "="
        + URLEncoder.encode(getPager().link(results.number()), StandardCharsets.UTF_8);
  }

  /** The pager's links keep only the filters that were given, in the form's order. */
  public Pager getPager() {
    return pagerFor(reading.corrected() ? reading.suggestion() : text);
  }

  private Pager pagerFor(String words) {
    return filters
        .keptIn(Pager.of(results, "/organisaties").keeping("q", words))
        .numberedBy("page")
        .landingAt("resultaten")
        .upTo(MAX_PAGE);
  }

  public List<String> getLanguages() {
    return directory.languagesOffered();
  }

  public List<String> getSortOptions() {
    return java.util.Arrays.stream(OrganisationSort.values()).map(Coded::code).toList();
  }

  /** The sort in force: relevance when words were typed, otherwise by name. */
  public String getEffectiveSort() {
    return directory.sortOf(query(text)).code();
  }

  /** What the directory refused in the filters; FailureHandler shows it above the page. */
  public List<String> getProblems() {
    return FacesContext.getCurrentInstance().getMessageList().stream()
        .map(FacesMessage::getSummary)
        .toList();
  }

  /** How many results were counted; more when {@link #isTotalCapped()}. */
  public long getTotal() {
    return results.totalItems();
  }

  /** True when the count stopped at {@link #getTotal()}: there are more results. */
  public boolean isTotalCapped() {
    return results.totalCapped();
  }

  public DirectoryFilters getFilters() {
    return filters;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
