package nl.wegwijzer.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.wegwijzer.content.repository.GuideSearchRepository;
import nl.wegwijzer.directory.service.SearchSynonyms;
import nl.wegwijzer.directory.support.HtmlText;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.directory.support.SearchText;

/**
 * Site-wide search over the published guide, in Dutch or in English: each word matches as a prefix
 * of a stemmed word, as in the directory ('aangif' finds 'aangifte'), best matches first. A search
 * term the editors keep ('loverboy', 'B9') also finds what its meanings find.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class GuideSearch {

  private static final int MAX_TEXT_LENGTH = 200;

  private final GuideSearchRepository repository;
  private final SearchSynonyms synonyms;

  protected GuideSearch() {
    this(null, null);
  }

  @Inject
  public GuideSearch(GuideSearchRepository repository, SearchSynonyms synonyms) {
    this.repository = repository;
    this.synonyms = synonyms;
  }

  public Page<SearchHit> search(String text, PageRequest page) {
    return search(text, page, false);
  }

  /**
   * The English site's search: the English texts, stemmed as English ('shelters' finds 'shelter'),
   * with English titles and fragments.
   */
  public Page<SearchHit> searchEnglish(String text, PageRequest page) {
    return search(text, page, true);
  }

  private Page<SearchHit> search(String text, PageRequest page, boolean english) {
    if (text != null && text.length() > MAX_TEXT_LENGTH) {
      throw new InvalidInputException("q", "is longer than " + MAX_TEXT_LENGTH + " characters");
    }
    return repository
        .search(SearchText.of(text, synonyms.current()), page, english)
        .map(
            hit ->
                new SearchHit(
                    hit.kind().code(),
                    hit.title(),
                    hit.slug(),
                    hit.section(),
                    snippet(hit.fragment())));
  }

  /** The fragment as safe HTML: all text escaped, then the marks turned into {@code <mark>}. */
  static String snippet(String fragment) {
    if (fragment == null) {
      return "";
    }
    return HtmlText.of(fragment)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace(String.valueOf(GuideSearchRepository.START_MARK), "<mark>")
        .replace(String.valueOf(GuideSearchRepository.STOP_MARK), "</mark>");
  }
}
