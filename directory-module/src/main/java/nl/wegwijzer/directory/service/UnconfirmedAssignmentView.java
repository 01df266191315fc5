package nl.wegwijzer.directory.service;

import java.time.LocalDate;

/**
 * A municipality whose region no source confirms: the region chosen, since when, the sources that
 * were found and why this region. The editors' worklist; {@code slug} keys the municipality's
 * region in the editorial workflow.
 */
public record UnconfirmedAssignmentView(
    String cbsCode,
    String municipality,
    String slug,
    String regionCode,
    String regionName,
    LocalDate validFrom,
    String source,
    String reason) {}
