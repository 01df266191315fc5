package nl.wegwijzer.directory.service;

import java.time.LocalDate;

/**
 * A municipality's region from a day, as an editor's version in the workflow says it: the region
 * (its code), the source, whether that source confirms it and, if not, why this region.
 */
public record RegionChange(
    String cbsCode,
    String region,
    LocalDate validFrom,
    boolean confirmed,
    String source,
    String note) {}
