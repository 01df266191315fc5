package nl.wegwijzer.content.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import nl.wegwijzer.content.model.ContentKind;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.directory.support.SearchText;

/**
 * Full-text search over every published item of the guide at once, in Dutch or in English, in
 * PostgreSQL: each table matches on its own GIN-indexed vector of the language, the hits are ranked
 * and paged together, and only the rows of the page get a highlighted fragment (ts_headline reads
 * the whole text, so it runs last).
 */
@ApplicationScoped
public class GuideSearchRepository {

  /** Marks around matched words in a fragment; private-use characters never occur in content. */
  public static final char START_MARK = '\uE000';

  public static final char STOP_MARK = '\uE001';

  private static final String HEADLINE_OPTIONS =
      "StartSel="
          + START_MARK
          + ", StopSel="
          + STOP_MARK
          + ", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

  /** One select per kind: kind, slug, title, section (where it sits), text for the fragment. */
  private static String hits(SearchLanguage t) {
    return String.join(
        " union all ",
        t.select("STEP", "s", "content.step s join content.phase p on p.id = s.phase_id")
            .section("p.slug")
            .texts("s.summary", "s.body")
            .sql(),
        t.select("REGULATION", "r", "content.regulation r")
            .texts("r.summary", "r.body")
            // The legal basis is in the rule versions (a handful per regulation).
            .orMatches(
                "exists (select 1 from content.rule_version v where v.regulation_id = r.id and"
                    + " to_tsvector('"
                    + t.config()
                    + "', coalesce("
                    + t.column("v.legal_basis")
                    + ", '')) @@ q.query)")
            .sql(),
        t.select("PAGE", "i", "content.information_page i")
            .section("lower(i.audience)")
            .texts("i.summary", "i.body")
            .sql(),
        t.select("EXPLOITATION_FORM", "f", "content.exploitation_form_page f")
            .texts("f.summary", "f.body")
            .sql(),
        t.select(
                "INDICATOR",
                "i",
                "content.indicator i join content.indicator_theme t on t.id = i.theme_id")
            .slug("i.code")
            .title("t.title")
            .section("t.slug")
            .publishedBy("t")
            .texts("i.text")
            .sql(),
        t.select("DOCUMENT", "d", "content.document d").texts("d.description").sql(),
        t.select("STORY", "s", "content.story s").texts("s.summary", "s.body").sql(),
        t.select("NEWS", "n", "content.news_item n").texts("n.summary", "n.body").sql(),
        t.select("FAQ", "a", "content.faq_entry a").title("a.question").texts("a.answer").sql());
  }

  private static String search(SearchLanguage language) {
    return "with q as (select to_tsquery('"
        + language.config()
        + "', ?1) as query),"
        + " hits as ("
        + hits(language)
        + "),"
        + " ranked as (select h.*, count(*) over () as total from hits h"
        + "   order by h.rank desc, h.title, h.slug limit ?2 offset ?3)"
        + " select r.kind, r.slug, r.title, r.section,"
        + " ts_headline('"
        + language.config()
        + "', r.text, q.query, ?4), r.total"
        + " from ranked r, q order by r.rank desc, r.title, r.slug";
  }

  private static final String DUTCH = search(SearchLanguage.DUTCH);
  private static final String ENGLISH = search(SearchLanguage.ENGLISH);

  private final EntityManager em;

  protected GuideSearchRepository() {
    this.em = null;
  }

  @Inject
  public GuideSearchRepository(EntityManager em) {
    this.em = em;
  }

  /**
   * The published items that match, best first. In English the English texts are searched (content
   * V98, stemmed as English) and the fragments are English; an item without them is not found.
   */
  public Page<Hit> search(SearchText text, PageRequest page, boolean english) {
    if (text.isEmpty()) {
      return new Page<>(List.of(), page.number(), page.size(), 0);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(english ? ENGLISH : DUTCH)
            .setParameter(1, text.tsQuery())
            .setParameter(2, page.size())
            .setParameter(3, page.offset())
            .setParameter(4, HEADLINE_OPTIONS)
            .getResultList();
    long total = rows.isEmpty() ? 0 : ((Number) rows.get(0)[5]).longValue();
    List<Hit> hits =
        rows.stream()
            .map(
                row ->
                    new Hit(
                        ContentKind.valueOf((String) row[0]),
                        (String) row[1],
                        (String) row[2],
                        (String) row[3],
                        (String) row[4]))
            .toList();
    return new Page<>(hits, page.number(), page.size(), total);
  }

  /**
   * One search hit.
   *
   * @param section where the item sits: the phase of a step, the audience of a page, the theme of
   *     an indicator; null for the rest
   * @param fragment text with matched words between {@link #START_MARK} and {@link #STOP_MARK}; may
   *     still hold the HTML entities of the body
   */
  public record Hit(ContentKind kind, String slug, String title, String section, String fragment) {}
}
