package nl.wegwijzer.directory.service;

import nl.wegwijzer.directory.model.Region;

/** A coordination region as the public sees it. */
public record RegionView(String code, String name) {

  public static RegionView of(Region region) {
    return new RegionView(region.code(), region.name());
  }
}
