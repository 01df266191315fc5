package nl.wegwijzer.directory.support;

/**
 * What the public site shows has changed: an item was published, archived or taken off the site, a
 * coordinator or the postcode table changed. Fired inside the changing transaction; observers that
 * act on it observe {@code during = TransactionPhase.AFTER_SUCCESS}.
 *
 * @param generation the shared counter after the change (see {@link PublishedContent})
 * @param what the change, for logs (a service method)
 */
public record PublishedContentChanged(long generation, String what) {}
