package nl.wegwijzer.directory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wegwijzer.directory.model.SearchSynonym;
import nl.wegwijzer.directory.model.SynonymCategory;
import nl.wegwijzer.directory.repository.OrganisationRepository;
import nl.wegwijzer.directory.repository.SynonymRepository;
import nl.wegwijzer.directory.support.Coded;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.PublishesContent;
import nl.wegwijzer.directory.support.Synonyms;

/**
 * The words people search with and what they mean, for the site search and the directory search.
 * Editors change them through the workflow only (content's SynonymKind), which calls this service.
 */
@ApplicationScoped
@Transactional
public class SearchSynonyms {

  private final SynonymRepository synonyms;
  private final OrganisationRepository organisations;

  /** The published list under the search generation it was read in. */
  private volatile Known known = new Known(Long.MIN_VALUE, Synonyms.NONE);

  private record Known(long generation, Synonyms synonyms) {}

  protected SearchSynonyms() {
    this(null, null);
  }

  @Inject
  public SearchSynonyms(SynonymRepository synonyms, OrganisationRepository organisations) {
    this.synonyms = synonyms;
    this.organisations = organisations;
  }

  /**
   * The published terms now. Read again only when the search generation moved (a change to the list
   * moves it in its transaction, directory V45), so every node sees an approved term at once.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Synonyms current() {
    return current(organisations.searchGeneration());
  }

  /** {@link #current()} under a search generation the caller has just read. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Synonyms current(long generation) {
    Known seen = known;
    if (seen.generation() == generation) {
      return seen.synonyms();
    }
    Map<String, List<String>> meanings = new LinkedHashMap<>();
    for (SearchSynonym synonym : synonyms.published()) {
      meanings.merge(
          synonym.term(),
          synonym.meanings(),
          (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
    }
    Synonyms read = Synonyms.of(meanings);
    known = new Known(generation, read);
    return read;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<SearchSynonym> find(String slug) {
    return synonyms.findBySlug(slug);
  }

  /** Refuses what could not be a term; an {@link InvalidInputException} names the field. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public void check(SynonymRegistration registration) {
    new SearchSynonym(
        registration.slug(),
        registration.term(),
        registration.meanings(),
        category(registration),
        registration.reference());
    if (!synonyms.searchable(registration.term())) {
      throw new InvalidInputException("term", "the search ignores this word (a stop word)");
    }
  }

  /** A new term, not yet counted by searches; the workflow publishes it. */
  public SearchSynonym create(SynonymRegistration registration) {
    check(registration);
    return synonyms.add(
        new SearchSynonym(
            registration.slug(),
            registration.term(),
            registration.meanings(),
            category(registration),
            registration.reference()));
  }

  public void rewrite(SearchSynonym synonym, SynonymRegistration registration) {
    check(registration);
    synonym.rewrite(
        registration.term(),
        registration.meanings(),
        category(registration),
        registration.reference());
    synonyms.flush();
  }

  @PublishesContent
  public void publish(SearchSynonym synonym) {
    synonym.publish();
    synonyms.flush();
  }

  @PublishesContent
  public void archive(SearchSynonym synonym) {
    synonym.archive();
    synonyms.flush();
  }

  private static SynonymCategory category(SynonymRegistration registration) {
    return Coded.parse(SynonymCategory.class, "category", registration.category());
  }
}
