package nl.wegwijzer.casework.bottleneck;

import java.time.LocalDate;

/**
 * A bottleneck as a coordinator types it. {@code category}, {@code region} and {@code careNeed} are
 * codes ({@code no-shelter-place}, {@code zeeland}, {@code shelter}); the care need is optional.
 */
public record BottleneckEntry(
    String category, String region, String careNeed, LocalDate observedOn, String description) {}
