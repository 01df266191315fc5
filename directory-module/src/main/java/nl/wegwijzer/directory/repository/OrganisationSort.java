package nl.wegwijzer.directory.repository;

import nl.wegwijzer.directory.support.Coded;

/** The orders a directory list can be sorted in; each is a fixed ORDER BY, never user text. */
public enum OrganisationSort implements Coded {
  RELEVANCE("rank desc, lower(o.name), o.id"),
  NAME("lower(o.name), o.id"),
  NAME_DESC("lower(o.name) desc, o.id desc");

  private final String orderBy;

  OrganisationSort(String orderBy) {
    this.orderBy = orderBy;
  }

  String orderBy() {
    return orderBy;
  }
}
