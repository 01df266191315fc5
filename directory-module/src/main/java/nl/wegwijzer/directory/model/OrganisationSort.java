package nl.wegwijzer.directory.model;

import nl.wegwijzer.directory.support.Coded;

/** The orders a directory list can be sorted in. */
public enum OrganisationSort implements Coded {
  RELEVANCE,
  NAME,
  NAME_DESC
}
