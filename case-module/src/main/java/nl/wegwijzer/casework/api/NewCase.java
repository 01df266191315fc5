package nl.wegwijzer.casework.api;

/** A case to open for the person a registered signal (its reference) is about. */
public record NewCase(String signal) {}
