package nl.wegwijzer.directory.model;

import nl.wegwijzer.directory.support.Coded;

/** Nationality as far as rights and support depend on it. */
public enum NationalityGroup implements Coded {
  DUTCH,
  EU,
  NON_EU
}
