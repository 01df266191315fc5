package nl.wegwijzer.directory.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.wegwijzer.directory.model.AgeGroup;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.model.Gender;
import nl.wegwijzer.directory.model.Municipality;
import nl.wegwijzer.directory.model.NationalityGroup;
import nl.wegwijzer.directory.model.OrganisationSummary;
import nl.wegwijzer.directory.model.Region;
import nl.wegwijzer.directory.repository.OrganisationFilter;
import nl.wegwijzer.directory.repository.OrganisationRepository;
import nl.wegwijzer.directory.support.Coded;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.directory.testing.DirectoryDatabaseTest;
import nl.wegwijzer.directory.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The search over the search rows answers exactly what a search straight over the normalised tables
 * answers (the query the directory used before the rows existed, kept here as the reference): the
 * same organisations in the same order with the same count, for hundreds of seeded random
 * combinations of every filter over generated organisations, some of them archived.
 */
class SearchEquivalenceTest extends DirectoryDatabaseTest {

  private static final String[] WORDS = {
    "opvang", "advocaat", "traumazorg", "schulden werk", "tolk", "jongeren", "steunpunt", "brug"
  };

  @Test
  void theSearchRowsAnswerAsTheNormalisedTablesDo() {
    List<OrganisationRegistration> generated = SearchRowTest.generate(300);
    inDirectory(d -> d.organisationService().registerAll(generated, false));
    inDirectory(
        d -> {
          for (int i = 0; i < generated.size(); i += 9) {
            d.organisationService().archive(d.organisations().getBySlug(generated.get(i).slug()));
          }
          return null;
        });
    List<String> regionCodes =
        inDirectory(d -> d.regions().all()).stream().map(Region::code).toList();
    List<String> municipalityCodes =
        inDirectory(d -> d.municipalities().all()).stream().map(Municipality::cbsCode).toList();

    Random random = new Random(11);
    int nonEmpty = 0;
    for (int i = 0; i < 300; i++) {
      DirectoryQuery query =
          new DirectoryQuery(
              random.nextInt(3) == 0 ? WORDS[random.nextInt(WORDS.length)] : null,
              maybe(random, CareNeed.values(), 2),
              random.nextInt(4) == 0 ? regionCodes.get(random.nextInt(regionCodes.size())) : null,
              random.nextInt(5) == 0
                  ? municipalityCodes.get(random.nextInt(municipalityCodes.size()))
                  : null,
              maybe(random, AgeGroup.values(), 3),
              maybe(random, Gender.values(), 4),
              maybe(random, NationalityGroup.values(), 4),
              maybe(random, ExploitationForm.values(), 3),
              random.nextInt(6) == 0
                  ? List.of("ar", "pl", "en", "ti").get(random.nextInt(4))
                  : null,
              List.of("relevance", "name", "name-desc").get(random.nextInt(3)));
      Page<OrganisationSummary> found =
          inDirectory(d -> d.directory().search(query, PageRequest.first(100)));
      List<String> expected = reference(query);
      assertEquals(
          expected.subList(0, Math.min(100, expected.size())),
          found.items().stream().map(OrganisationSummary::slug).toList(),
          query.toString());
      // Counted to the end up to the cap; past it the page says there are more.
      int cap = OrganisationRepository.MAX_COUNTED;
      assertEquals(Math.min(expected.size(), cap), found.totalItems(), query.toString());
      assertEquals(expected.size() > cap, found.totalCapped(), query.toString());
      // A later page is the same stretch of the whole list.
      Page<OrganisationSummary> third =
          inDirectory(d -> d.directory().search(query, new PageRequest(3, 7)));
      assertEquals(
          expected.subList(Math.min(14, expected.size()), Math.min(21, expected.size())),
          third.items().stream().map(OrganisationSummary::slug).toList(),
          "page 3 of 7: " + query);
      nonEmpty += expected.isEmpty() ? 0 : 1;
    }
    assertTrue(nonEmpty > 75, "enough of the searches find something: " + nonEmpty);
  }

  private static <E extends Enum<E> & Coded> String maybe(Random random, E[] values, int oneIn) {
    return random.nextInt(oneIn) == 0 ? values[random.nextInt(values.length)].code() : null;
  }

  /** Every matching slug in order, from the normalised tables. */
  @SuppressWarnings("unchecked")
  private static List<String> reference(DirectoryQuery query) {
    OrganisationFilter filter = inDirectory(d -> d.directory().filterOf(query, false));
    List<Object> values = new ArrayList<>();
    StringBuilder where = new StringBuilder(" where o.state = 'PUBLISHED'");
    String rank = "0";
    if (!filter.text().isEmpty()) {
      values.add(filter.text().tsQuery());
      where.append(" and o.search_vector @@ to_tsquery('dutch', ?1)");
      // by relevance: the names that match the words first (directory V46)
      rank = "(to_tsvector('dutch', o.name) @@ to_tsquery('dutch', ?1))::int";
    }
    filter
        .languageCode()
        .ifPresent(
            language -> {
              values.add(language);
              where.append(
                  " and exists (select 1 from directory.organisation_language l"
                      + " where l.organisation_id = o.id and l.language = ?"
                      + values.size()
                      + ")");
            });
    where.append(
        " and exists (select 1 from directory.care_service s where s.organisation_id = o.id");
    if (filter.need() != null) {
      values.add(filter.need().name());
      where.append(" and s.care_need = ?").append(values.size());
    }
    valueIn(where, values, "care_service_age_group", "age_group", filter.ageGroup());
    valueIn(where, values, "care_service_gender", "gender", filter.gender());
    valueIn(where, values, "care_service_nationality", "nationality_group", filter.nationality());
    valueIn(where, values, "care_service_form", "form", filter.form());
    if (filter.municipality() != null) {
      values.add(filter.municipality().region().id());
      values.add(filter.municipality().id());
      where
          .append(" and (s.area_scope = 'NATIONAL' or exists (select 1")
          .append(" from directory.care_service_region x where x.care_service_id = s.id")
          .append(" and x.region_id = ?")
          .append(values.size() - 1)
          .append(") or exists (select 1 from directory.care_service_municipality x")
          .append(" where x.care_service_id = s.id and x.municipality_id = ?")
          .append(values.size())
          .append("))");
    } else if (filter.region() != null) {
      values.add(filter.region().id());
      where
          .append(" and (s.area_scope = 'NATIONAL' or exists (select 1")
          .append(" from directory.care_service_region x where x.care_service_id = s.id")
          .append(" and x.region_id = ?")
          .append(values.size())
          .append(") or exists (select 1 from directory.care_service_municipality x")
          .append(" join directory.municipality m on m.id = x.municipality_id")
          .append(" where x.care_service_id = s.id and m.region_id = ?")
          .append(values.size())
          .append("))");
    }
    where.append(")");
    String order =
        switch (filter.sort()) {
          case RELEVANCE -> "rank desc, lower(o.name), o.id";
          case NAME -> "lower(o.name), o.id";
          case NAME_DESC -> "lower(o.name) desc, o.id desc";
        };
    String sql =
        "select o.slug from (select o.slug, o.name, o.id, "
            + rank
            + " as rank from directory.organisation o"
            + where
            + ") o order by "
            + order;
    return TestDatabase.inTransaction(
        em -> {
          Query q = em.createNativeQuery(sql);
          for (int i = 0; i < values.size(); i++) {
            q.setParameter(i + 1, values.get(i));
          }
          return (List<String>) q.getResultList();
        });
  }

  private static void valueIn(
      StringBuilder where, List<Object> values, String table, String column, Enum<?> value) {
    if (value != null) {
      values.add(value.name());
      where
          .append(" and exists (select 1 from directory.")
          .append(table)
          .append(" x where x.care_service_id = s.id and x.")
          .append(column)
          .append(" = ?")
          .append(values.size())
          .append(")");
    }
  }
}
