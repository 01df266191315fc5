package nl.wegwijzer.casework.service;

/**
 * A signal that may be about the same person: same birth year, gender and nationality, and a
 * pseudonym or account that looks alike. {@code score} is the higher of the two similarities (0–1);
 * {@code matchedOn} says which ("pseudonym" or "account").
 */
public record DuplicateMatch(
    String reference, String caseNumber, String pseudonym, double score, String matchedOn) {}
