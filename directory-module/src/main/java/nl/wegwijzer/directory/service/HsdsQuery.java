package nl.wegwijzer.directory.service;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import nl.wegwijzer.directory.repository.HsdsFilter;
import nl.wegwijzer.directory.repository.HsdsRows.TermRow;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.PageRequest;

/**
 * A list request of the open data as typed (HSDS's parameters {@code search}, {@code
 * taxonomy_term_id}, {@code page}, {@code per_page}, {@code modified_after}, {@code full}); each
 * part is checked when read, and a wrong one is an {@link InvalidInputException} naming it.
 */
public record HsdsQuery(
    String search,
    String taxonomyTermId,
    String page,
    String perPage,
    String modifiedAfter,
    String full) {

  private static final int MAX_SEARCH_LENGTH = 200;

  public PageRequest pageRequest() {
    int number = whole("page", page, 1);
    int size = whole("per_page", perPage, PageRequest.DEFAULT_SIZE);
    if (number < 1) {
      throw new InvalidInputException("page", "page starts at 1");
    }
    if (size < 1 || size > PageRequest.MAX_SIZE) {
      throw new InvalidInputException(
          "per_page", "per_page must be between 1 and " + PageRequest.MAX_SIZE);
    }
    return new PageRequest(number, size);
  }

  public boolean isFull() {
    if (blank(full) || full.strip().equalsIgnoreCase("false")) {
      return false;
    }
    if (full.strip().equalsIgnoreCase("true")) {
      return true;
    }
    throw new InvalidInputException("full", "'" + full + "' is not true or false");
  }

  /**
   * The filter, given the taxonomy's terms by id; empty when the term id is well formed but no term
   * of ours (nothing can match it).
   */
  java.util.Optional<HsdsFilter> filter(Map<String, TermRow> termsById) {
    if (search != null && search.length() > MAX_SEARCH_LENGTH) {
      throw new InvalidInputException(
          "search", "is longer than " + MAX_SEARCH_LENGTH + " characters");
    }
    String text = blank(search) ? null : search.strip();
    TermRow term = null;
    if (!blank(taxonomyTermId)) {
      String id = taxonomyTermId.strip().toLowerCase(java.util.Locale.ROOT);
      try {
        UUID.fromString(id);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(
            "taxonomy_term_id", "'" + taxonomyTermId + "' is not a UUID");
      }
      term = termsById.get(id);
      if (term == null) {
        return java.util.Optional.empty();
      }
    }
    return java.util.Optional.of(
        new HsdsFilter(
            text,
            term == null ? null : term.facet(),
            term == null ? null : term.code(),
            modifiedSince()));
  }

  /** An ISO 8601 date-time with offset, or a day (from its start in UTC). */
  private Instant modifiedSince() {
    if (blank(modifiedAfter)) {
      return null;
    }
    String value = modifiedAfter.strip();
    try {
      return value.length() == 10
          ? LocalDate.parse(value).atStartOfDay().toInstant(java.time.ZoneOffset.UTC)
          : OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeException e) {
      throw new InvalidInputException(
          "modified_after",
          "'" + modifiedAfter + "' is not a date-time such as 2026-03-16T09:00:00Z or a day");
    }
  }

  private static int whole(String name, String value, int fallback) {
    if (blank(value)) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(name, "'" + value + "' is not a whole number");
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
