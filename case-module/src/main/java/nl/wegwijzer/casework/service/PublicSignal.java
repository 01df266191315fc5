package nl.wegwijzer.casework.service;

import nl.wegwijzer.casework.model.ReporterType;

/**
 * A signal handed in through the public guide: the municipality (a name, CBS code or postcode)
 * decides which coordinator receives it; who reports and a contact are optional.
 */
public record PublicSignal(
    String municipality, ReporterType reporterType, String account, String contact) {}
