package nl.wegwijzer.casework.notice;

/**
 * Fired (CDI event, after the transaction that stored it commits) when a signal lands in a region's
 * inbox. It carries the region only: a notice about it holds no case data.
 */
public record SignalArrived(String regionCode) {}
