package nl.wegwijzer.web.security;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** An open proposal as the screens show it; the version guards a decision taken on it. */
public record GrantProposalView(
    long id,
    long version,
    String userName,
    String kind,
    String value,
    String proposedBy,
    OffsetDateTime proposedAt)
    implements Serializable {

  static GrantProposalView of(GrantProposal proposal) {
    return new GrantProposalView(
        proposal.getId(),
        proposal.getVersion(),
        proposal.getUserName(),
        proposal.getKind().name().toLowerCase(java.util.Locale.ROOT),
        proposal.getValue(),
        proposal.getProposedBy(),
        proposal.getProposedAt());
  }
}
