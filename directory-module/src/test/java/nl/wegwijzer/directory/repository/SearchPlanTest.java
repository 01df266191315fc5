package nl.wegwijzer.directory.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wegwijzer.directory.model.Municipality;
import nl.wegwijzer.directory.model.OrganisationSort;
import nl.wegwijzer.directory.model.Region;
import nl.wegwijzer.directory.support.SearchText;
import nl.wegwijzer.directory.testing.DirectoryDatabaseTest;
import nl.wegwijzer.directory.testing.OrganisationGenerator;
import nl.wegwijzer.directory.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * What PostgreSQL knows when it plans a directory search: without it, it chose plans that read the
 * whole directory for a page of twenty (docs/benchmarks.md, issue 22).
 */
class SearchPlanTest extends DirectoryDatabaseTest {

  private static final int ORGANISATIONS = 300;
  private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\": (\\d+)");

  /**
   * Every word of the names is in the planner's statistics (up to 2,500 of them, directory V62), so
   * a word that no name holds is expected in hardly any name. At the default target that holds only
   * while the names have fewer than about 16,000 words in all (these 300 have about 1,000), and at
   * 10,000 organisations it kept 30, guessed 2 % of the rows for any prefix word and walked the
   * whole name index for a word that no name holds; hence the target is checked as well.
   */
  @Test
  void theNamesWordsAreInThePlannersStatistics() {
    assertEquals(
        250,
        single(
            "select attstattarget from pg_attribute"
                + " where attrelid = 'directory.organisation_search'::regclass"
                + " and attname = 'name_vector'"));
    registerOrganisations();
    long words =
        single(
            "select count(*) from ts_stat('select name_vector from directory.organisation_search')");
    long known =
        single(
            "select array_length(most_common_elems, 1) from pg_stats where schemaname = 'directory'"
                + " and tablename = 'organisation_search' and attname = 'name_vector'");
    assertEquals(words, known);
    long expected =
        planRows(
            "select 1 from directory.organisation_search s"
                + " where s.name_vector @@ to_tsquery('dutch', 'schulden:* | debts:*')");
    assertTrue(expected <= 2, "expected " + expected + " rows");
  }

  @Test
  void aRegionsAreaIsOneValueThatListsItsMunicipalities() {
    inDirectory(
        d -> {
          Region zeeland = d.regions().findByCode("zeeland").orElseThrow();
          OrganisationFilter filter =
              new OrganisationFilter(
                  SearchText.NONE,
                  null,
                  zeeland,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  OrganisationSort.NAME,
                  false,
                  false);
          SqlConditions conditions = SqlConditions.of(filter, regionNames(d.em(), zeeland.id()));
          assertFalse(conditions.where().contains("select"), "no subquery: " + conditions.where());
          List<Long> inZeeland =
              d.municipalities().all().stream()
                  .filter(m -> m.region().equals(zeeland))
                  .map(Municipality::id)
                  .toList();
          assertEquals(13, inZeeland.size());
          String values = conditions.question().toString();
          for (long municipality : inZeeland) {
            assertTrue(values.contains("m:" + municipality), values);
          }
          return null;
        });
  }

  private static void registerOrganisations() {
    List<String> regions = inDirectory(d -> d.regions().all()).stream().map(Region::code).toList();
    List<String> municipalities =
        inDirectory(d -> d.municipalities().all()).stream().map(Municipality::cbsCode).toList();
    inDirectory(
        d ->
            d.organisationService()
                .registerAll(
                    new OrganisationGenerator(3, regions, municipalities).generate(ORGANISATIONS),
                    false));
    TestDatabase.execute("analyze directory.organisation_search");
  }

  private static RegionNames regionNames(EntityManager em, long generation) {
    try {
      return RegionNames.read(em.unwrap(Connection.class), generation);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long single(String sql) {
    return inDirectory(d -> ((Number) d.em().createNativeQuery(sql).getSingleResult()).longValue());
  }

  private static long planRows(String sql) {
    String plan =
        inDirectory(
            d ->
                d.em()
                    .createNativeQuery("explain (format json) " + sql)
                    .getSingleResult()
                    .toString());
    Matcher rows = PLAN_ROWS.matcher(plan);
    assertTrue(rows.find(), plan);
    return Long.parseLong(rows.group(1));
  }
}
