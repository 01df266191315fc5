package nl.wegwijzer.directory.model;

import nl.wegwijzer.directory.support.Coded;

/**
 * How close a service is to the place a visitor gave, nearest first: offered in that very
 * municipality, in its whole region, in another municipality of that region (only where a search
 * covers a whole region: {@code OrganisationDirectory#nearestInRegion}), or everywhere in the
 * country. The directory knows where services are offered, not where their buildings are, so these
 * steps are its measure of distance.
 */
public enum Nearness implements Coded {
  MUNICIPALITY,
  REGION,
  ELSEWHERE_IN_REGION,
  NATIONAL
}
