package nl.wegwijzer.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.wegwijzer.content.model.ContentKind;
import nl.wegwijzer.content.model.PublicPaths;
import nl.wegwijzer.content.service.GuideSearch;
import nl.wegwijzer.content.service.SearchHit;
import nl.wegwijzer.content.service.SearchSuggestions;
import nl.wegwijzer.directory.model.OrganisationSummary;
import nl.wegwijzer.directory.service.DirectoryQuery;
import nl.wegwijzer.directory.service.OrganisationDirectory;
import nl.wegwijzer.directory.support.Coded;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.web.shared.LanguageBacking;

/**
 * Site-wide search at /zoeken?q=…: guide content and organisations, grouped by kind; on the English
 * site the guide's English texts, and the organisations' English texts besides their Dutch.
 */
@Named
@RequestScoped
public class SearchBacking {

  private static final int GUIDE_HITS = 50;
  private static final int ORGANISATION_HITS = 5;

  @Inject GuideSearch guideSearch;
  @Inject OrganisationDirectory directory;
  @Inject SearchPlace places;
  @Inject SearchSuggestions suggestions;
  @Inject LanguageBacking language;

  private String text;
  private String suggestion;
  private String searched;
  private Map<String, List<SearchHit>> groups = Map.of();
  private Page<OrganisationSummary> organisations;
  private SearchPlace.Found place;
  private boolean dutchHitsOnEnglishSite;

  /**
   * The guide's hits for the words, the organisations, and for a place in the text ('opvang
   * Utrecht') its coordinator; the guide is searched without the place's name.
   */
  public void search() {
    if (text == null || text.isBlank()) {
      return;
    }
    suggestion = suggestions.correction(text).orElse(null);
    searchFor(text);
    if (isNothingFound() && suggestion != null) {
      searchFor(suggestion);
    }
  }

  /**
   * Shows the results of {@code typed}: the text itself, or its correction when it found nothing.
   */
  private void searchFor(String typed) {
    searched = typed;
    place = places.in(typed).orElse(null);
    String words = place == null ? typed : place.place().rest();
    if (!words.isBlank()) {
      PageRequest first = PageRequest.first(GUIDE_HITS);
      List<SearchHit> hits =
          language.isEnglish() ? guideSearch.searchEnglish(words, first).items() : List.of();
      dutchHitsOnEnglishSite = language.isEnglish() && hits.isEmpty();
      if (hits.isEmpty()) {
        hits = guideSearch.search(words, first).items();
      }
      groups =
          hits.stream()
              .collect(
                  Collectors.groupingBy(SearchHit::kind, LinkedHashMap::new, Collectors.toList()));
    }
    DirectoryQuery query =
        new DirectoryQuery(typed, null, null, null, null, null, null, null, null, null);
    organisations =
        language.isEnglish()
            ? directory.searchInEnglish(query, PageRequest.first(ORGANISATION_HITS))
            : directory.search(query, PageRequest.first(ORGANISATION_HITS));
  }

  /**
   * True when the English site shows the guide's Dutch hits: its English texts found nothing, so
   * the Dutch ones are searched (and marked as Dutch) rather than showing nothing.
   */
  public boolean isDutchHitsOnEnglishSite() {
    return dutchHitsOnEnglishSite;
  }

  public boolean isNothingFound() {
    return groups.isEmpty()
        && place == null
        && (organisations == null || organisations.totalItems() == 0);
  }

  /** The place named in the text with its coordinator; null when none. */
  public SearchPlace.Found getPlace() {
    return place;
  }

  /** The directory search for the same words, with the query in the URL. */
  public String getOrganisationsPath() {
    return "/organisaties?q=" + URLEncoder.encode(searched, StandardCharsets.UTF_8);
  }

  /** "Bedoelde u …?": the text with its typing errors corrected; null when nothing to correct. */
  public String getSuggestion() {
    return suggestion;
  }

  public String getSuggestionPath() {
    return "/zoeken?q=" + URLEncoder.encode(suggestion, StandardCharsets.UTF_8);
  }

  /** True when the text found nothing and the results shown are those of its correction. */
  public boolean isCorrected() {
    return suggestion != null && suggestion.equals(searched);
  }

  /** The link of a hit, by kind. */
  public String link(SearchHit hit) {
    return PublicPaths.ofHit(
        Coded.parse(ContentKind.class, "kind", hit.kind()), hit.slug(), hit.section(), hit.title());
  }

  public List<Map.Entry<String, List<SearchHit>>> getGroups() {
    return List.copyOf(groups.entrySet());
  }

  public Page<OrganisationSummary> getOrganisations() {
    return organisations;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
