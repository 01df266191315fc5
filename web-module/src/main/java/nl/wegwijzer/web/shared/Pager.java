package nl.wegwijzer.web.shared;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijzer.directory.support.Page;

/**
 * The links between the pages of a list, for the {@code w:pager} tag: the page number in the
 * address, the other parameters the list was shown with kept in every link (in the order given,
 * empty ones left out, so that a page has one address and one entry in the page cache), the first
 * and last page, the current one with its neighbours, and gaps between. A capped count (the
 * directory's) has no known last page but always a next one.
 */
public final class Pager {

  /** The parameter of the page number on the back office's lists. */
  public static final String PAGE_PARAMETER = "pagina";

  /** Page numbers shown either side of the current one. */
  private static final int NEIGHBOURS = 2;

  private final Page<?> page;
  private final String path;
  private final Map<String, String> kept = new LinkedHashMap<>();
  private String parameter = PAGE_PARAMETER;
  private String fragment = "";
  private int maxPage = Integer.MAX_VALUE;

  /** A link in the pager: a page number, or a gap (number 0) between far-apart numbers. */
  public record Entry(int number, String link, boolean current) {}

  private Pager(Page<?> page, String path) {
    this.page = page;
    this.path = path;
  }

  /** The pager of a list shown at {@code path} (without the context path). */
  public static Pager of(Page<?> page, String path) {
    return new Pager(page, path);
  }

  /** Keeps a parameter in every link, when it was given. */
  public Pager keeping(String name, String value) {
    kept.put(name, value);
    return this;
  }

  /** Another name for the page number's parameter. */
  public Pager numberedBy(String parameterName) {
    this.parameter = parameterName;
    return this;
  }

  /** A fragment every link ends with, e.g. where the results start. */
  public Pager landingAt(String anchor) {
    this.fragment = "#" + anchor;
    return this;
  }

  /** The last page a link may point to, for lists with a capped count. */
  public Pager upTo(int lastPage) {
    this.maxPage = lastPage;
    return this;
  }

  /** The page asked for in a request parameter: 1 when it is no number, at most {@code max}. */
  public static int pageAsked(String asked, int max) {
    String digits = asked == null ? "" : asked.strip();
    if (!digits.matches("[0-9]+")) {
      return 1;
    }
    return digits.length() > 9 ? max : Math.max(1, Math.min(Integer.parseInt(digits), max));
  }

  public int getNumber() {
    return page.number();
  }

  /** Whether there is more than one page, so that the pager shows at all. */
  public boolean isShown() {
    return !pageNumbers().isEmpty();
  }

  public boolean isHasPrevious() {
    return page.number() > 1;
  }

  public boolean isHasNext() {
    return page.number() < maxPage && (page.totalCapped() || page.number() < page.totalPages());
  }

  public String getPreviousLink() {
    return link(page.number() - 1);
  }

  public String getNextLink() {
    return link(page.number() + 1);
  }

  public List<Entry> getEntries() {
    return pageNumbers().stream()
        .map(
            number ->
                number == 0
                    ? new Entry(0, null, false)
                    : new Entry(number, link(number), number == page.number()))
        .toList();
  }

  /**
   * The page numbers to show, 0 for a gap: the first, the current with its neighbours, and the last
   * when the count is complete; none when all fit on one page.
   */
  List<Integer> pageNumbers() {
    int current = page.number();
    int known = Math.min(maxPage, Math.max(current, page.totalPages()));
    if (known <= 1) {
      return List.of();
    }
    int from = Math.max(1, current - NEIGHBOURS);
    int to = Math.min(known, current + NEIGHBOURS);
    List<Integer> numbers = new ArrayList<>();
    if (from > 1) {
      numbers.add(1);
      if (from > 2) {
        numbers.add(0);
      }
    }
    for (int number = from; number <= to; number++) {
      numbers.add(number);
    }
    if (to < known && !page.totalCapped()) {
      if (to < known - 1) {
        numbers.add(0);
      }
      numbers.add(known);
    }
    return numbers;
  }

  /** The address of another page of the same list; the first page has no page number. */
  public String link(int number) {
    StringBuilder query = new StringBuilder();
    kept.forEach((name, value) -> append(query, name, value));
    if (number > 1) {
      append(query, parameter, Integer.toString(number));
    }
    return path + (query.isEmpty() ? "" : "?" + query.substring(1)) + fragment;
  }

  /** Adds {@code &name=value}, encoded, when the value was given. */
  private static void append(StringBuilder query, String name, String value) {
    if (value != null && !value.isBlank()) {
      query
          .append('&')
          .append(name)
          .append('=')
          .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }
}
