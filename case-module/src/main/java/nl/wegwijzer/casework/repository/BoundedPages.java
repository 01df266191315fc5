package nl.wegwijzer.casework.repository;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.PageRequest;

/**
 * Paging over lists that grow to a million rows: the ids of one page are selected in SQL along an
 * index (region, newest first), and the count stops at {@link #MAX_COUNTED}, so neither the count
 * nor a deep page scans a whole region. Past that, narrow the filters.
 */
final class BoundedPages {

  static final int MAX_COUNTED = 10_000;

  /** WHERE fragments with their positional values, built from fixed text only. */
  static final class Where {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    /** {@code column in (?, ?, …)}; an empty set matches nothing. */
    Where in(String column, Set<Long> ids) {
      if (ids.isEmpty()) {
        conditions.add("false");
        return this;
      }
      List<String> marks = new ArrayList<>();
      for (Long id : ids) {
        values.add(id);
        marks.add("?" + values.size());
      }
      conditions.add(column + " in (" + String.join(", ", marks) + ")");
      return this;
    }

    /** Adds a condition with one {@code ?} for the value, when the value is given. */
    Where when(Object value, String condition) {
      if (value != null) {
        values.add(value instanceof Enum<?> constant ? constant.name() : value);
        conditions.add(condition.replace("?", "?" + values.size()));
      }
      return this;
    }

    String sql() {
      return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    Query bind(Query query) {
      for (int i = 0; i < values.size(); i++) {
        query.setParameter(i + 1, values.get(i));
      }
      return query;
    }
  }

  private BoundedPages() {}

  static void check(PageRequest page) {
    if (page.offset() + page.size() > MAX_COUNTED) {
      throw new InvalidInputException(
          "page", "lists go no further than " + MAX_COUNTED + " items: narrow the filters");
    }
  }

  /** The number of matching rows, but no more than {@link #MAX_COUNTED} + 1. */
  static long count(EntityManager em, String from, Where where) {
    Query query =
        em.createNativeQuery(
            "select count(*) from (select 1 from "
                + from
                + where.sql()
                + " limit "
                + (MAX_COUNTED + 1)
                + ") counted");
    return ((Number) where.bind(query).getSingleResult()).longValue();
  }

  /** The ids of one page, in the given order. */
  @SuppressWarnings("unchecked")
  static List<Long> ids(
      EntityManager em, String idColumn, String from, Where where, String order, PageRequest page) {
    Query query =
        em.createNativeQuery(
            "select "
                + idColumn
                + " from "
                + from
                + where.sql()
                + " order by "
                + order
                + " limit "
                + page.size()
                + " offset "
                + page.offset());
    List<Number> ids = where.bind(query).getResultList();
    return ids.stream().map(Number::longValue).toList();
  }
}
