package nl.wegwijzer.casework.notice;

/**
 * Fired (CDI event, after the transaction that stored it commits) when a case is offered to another
 * region because the person moved. It carries the receiving region only: a notice about it holds no
 * case data.
 */
public record CaseTransferOffered(String toRegionCode) {}
