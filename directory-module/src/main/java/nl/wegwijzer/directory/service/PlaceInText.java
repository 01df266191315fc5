package nl.wegwijzer.directory.service;

import nl.wegwijzer.directory.model.PlaceMatch;

/**
 * A place found inside a search text ('opvang Den Bosch', 'advocaat 4331').
 *
 * @param typed the words that named the place, as typed ('Den Bosch', '4331')
 * @param rest the text without them, for the words search; may be empty
 */
public record PlaceInText(PlaceMatch match, String typed, String rest) {}
