package nl.wegwijzer.directory.model;

import java.util.List;

/**
 * For one care need (its code, 'legal-aid'): the first few organisations that fit, nearest first,
 * and how many fit in all.
 */
public record NearbyHelp(String need, List<NearbyOrganisation> first, long total) {

  public NearbyHelp {
    first = List.copyOf(first);
  }
}
