package nl.wegwijzer.directory.repository;

import nl.wegwijzer.directory.support.Coded;

/**
 * The orders a directory list can be sorted in; each is a fixed ORDER BY over a search row's
 * columns ({@code sort_name} is the lowercased name), never user text.
 */
public enum OrganisationSort implements Coded {
  RELEVANCE("rank desc, sort_name, organisation_id"),
  NAME("sort_name, organisation_id"),
  NAME_DESC("sort_name desc, organisation_id desc");

  private final String orderBy;

  OrganisationSort(String orderBy) {
    this.orderBy = orderBy;
  }

  String orderBy() {
    return orderBy;
  }
}
