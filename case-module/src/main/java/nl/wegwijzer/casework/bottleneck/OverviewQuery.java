package nl.wegwijzer.casework.bottleneck;

/**
 * Which counts the editors' overview shows: periods of a month or a quarter ({@code granularity}, a
 * code), from the month {@code from} through the month {@code to} (both {@code yyyy-mm}, optional),
 * and optionally one region (a code). Missing parts take the defaults of {@link
 * BottleneckService#overview}.
 */
public record OverviewQuery(String granularity, String from, String to, String region) {

  public static final OverviewQuery DEFAULT = new OverviewQuery(null, null, null, null);
}
