package nl.wegwijzer.directory.service;

import nl.wegwijzer.directory.model.Municipality;

/** A municipality with the region it belongs to. */
public record MunicipalityView(
    String code, String name, String province, String regionCode, String regionName) {

  public static MunicipalityView of(Municipality municipality) {
    return new MunicipalityView(
        municipality.cbsCode(),
        municipality.name(),
        municipality.province(),
        municipality.region().code(),
        municipality.region().name());
  }
}
