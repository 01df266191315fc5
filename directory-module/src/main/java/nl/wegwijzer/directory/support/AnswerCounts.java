package nl.wegwijzer.directory.support;

/**
 * How many directory searches this node answered from its kept answers and how many it computed,
 * since it started: the benchmark reports the share kept beside its search figure.
 */
public record AnswerCounts(long kept, long computed) {}
