package nl.wegwijzer.directory.model;

import nl.wegwijzer.directory.support.Coded;

/**
 * How close a service is to the place a visitor gave, nearest first: offered in that very
 * municipality, in its whole region, or everywhere in the country.
 */
public enum Nearness implements Coded {
  MUNICIPALITY,
  REGION,
  NATIONAL
}
