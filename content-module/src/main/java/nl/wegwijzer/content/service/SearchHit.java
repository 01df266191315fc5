package nl.wegwijzer.content.service;

/**
 * One item of the guide that matches a search.
 *
 * @param kind step | regulation | page | exploitation-form | indicator | document | story | news |
 *     faq
 * @param slug the item's slug; for an indicator its code
 * @param section where it sits, for building its address: a step's phase, a page's audience, an
 *     indicator's theme; null for the rest
 * @param snippet safe HTML: escaped text in which the matched words are in {@code <mark>}
 */
public record SearchHit(String kind, String title, String slug, String section, String snippet) {}
