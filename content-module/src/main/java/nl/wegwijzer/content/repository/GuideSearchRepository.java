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
 * Dutch full-text search over every published item of the guide at once, in PostgreSQL: each table
 * matches on its own GIN-indexed vector, the hits are ranked and paged together, and only the rows
 * of the page get a highlighted fragment (ts_headline reads the whole text, so it runs last).
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

  private static final String STRIP = "regexp_replace(%s, '<[^>]*>', ' ', 'g')";

  /** One select per kind: kind, slug, title, section (where it sits), text for the fragment. */
  private static final String HITS =
      String.join(
          " union all ",
          "select 'STEP' as kind, s.slug, s.title, p.slug as section, s.summary || ' ' || "
              + strip("s.body")
              + " as text, ts_rank_cd(s.search_vector, q.query) as rank"
              + " from content.step s join content.phase p on p.id = s.phase_id, q"
              + " where s.state = 'PUBLISHED' and s.search_vector @@ q.query",
          "select 'REGULATION', r.slug, r.title, null, r.summary || ' ' || "
              + strip("r.body")
              + ", ts_rank_cd(r.search_vector, q.query)"
              + " from content.regulation r, q"
              + " where r.state = 'PUBLISHED' and (r.search_vector @@ q.query"
              // The legal basis is in the rule versions (a handful per regulation).
              + " or exists (select 1 from content.rule_version v where v.regulation_id = r.id"
              + " and to_tsvector('dutch', coalesce(v.legal_basis, '')) @@ q.query))",
          "select 'PAGE', i.slug, i.title, lower(i.audience), i.summary || ' ' || "
              + strip("i.body")
              + ", ts_rank_cd(i.search_vector, q.query)"
              + " from content.information_page i, q"
              + " where i.state = 'PUBLISHED' and i.search_vector @@ q.query",
          "select 'EXPLOITATION_FORM', f.slug, f.title, null, f.summary || ' ' || "
              + strip("f.body")
              + ", ts_rank_cd(f.search_vector, q.query)"
              + " from content.exploitation_form_page f, q"
              + " where f.state = 'PUBLISHED' and f.search_vector @@ q.query",
          "select 'INDICATOR', i.code, t.title, t.slug, i.text,"
              + " ts_rank_cd(i.search_vector, q.query)"
              + " from content.indicator i join content.indicator_theme t on t.id = i.theme_id, q"
              + " where t.state = 'PUBLISHED' and i.search_vector @@ q.query",
          "select 'DOCUMENT', d.slug, d.title, null, d.description,"
              + " ts_rank_cd(d.search_vector, q.query)"
              + " from content.document d, q"
              + " where d.state = 'PUBLISHED' and d.search_vector @@ q.query",
          "select 'STORY', s.slug, s.title, null, s.summary || ' ' || "
              + strip("s.body")
              + ", ts_rank_cd(s.search_vector, q.query)"
              + " from content.story s, q"
              + " where s.state = 'PUBLISHED' and s.search_vector @@ q.query",
          "select 'NEWS', n.slug, n.title, null, n.summary || ' ' || "
              + strip("n.body")
              + ", ts_rank_cd(n.search_vector, q.query)"
              + " from content.news_item n, q"
              + " where n.state = 'PUBLISHED' and n.search_vector @@ q.query",
          "select 'FAQ', a.slug, a.question, null, "
              + strip("a.answer")
              + ", ts_rank_cd(a.search_vector, q.query)"
              + " from content.faq_entry a, q"
              + " where a.state = 'PUBLISHED' and a.search_vector @@ q.query");

  private static final String SEARCH =
      "with q as (select to_tsquery('dutch', ?1) as query),"
          + " hits as ("
          + HITS
          + "),"
          + " ranked as (select h.*, count(*) over () as total from hits h"
          + "   order by h.rank desc, h.title, h.slug limit ?2 offset ?3)"
          + " select r.kind, r.slug, r.title, r.section,"
          + " ts_headline('dutch', r.text, q.query, ?4), r.total"
          + " from ranked r, q order by r.rank desc, r.title, r.slug";

  private final EntityManager em;

  protected GuideSearchRepository() {
    this.em = null;
  }

  @Inject
  public GuideSearchRepository(EntityManager em) {
    this.em = em;
  }

  public Page<Hit> search(SearchText text, PageRequest page) {
    if (text.isEmpty()) {
      return new Page<>(List.of(), page.number(), page.size(), 0);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(SEARCH)
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

  private static String strip(String column) {
    return String.format(STRIP, column);
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
