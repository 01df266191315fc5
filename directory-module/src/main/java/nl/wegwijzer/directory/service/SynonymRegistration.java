package nl.wegwijzer.directory.service;

/**
 * A search term as an editor writes it.
 *
 * @param meanings the words a search for the term should also find, separated by commas
 * @param category a {@link nl.wegwijzer.directory.model.SynonymCategory} code
 * @param reference where a fact comes from; may be empty for colloquial words
 */
public record SynonymRegistration(
    String slug, String term, String meanings, String category, String reference) {}
