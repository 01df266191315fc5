package nl.wegwijzer.content.model;

import nl.wegwijzer.directory.support.Coded;

/** The kinds of deadline a rule version can set; each version sets each kind at most once. */
public enum DeadlineKind implements Coded {
  /** How long a victim has to decide on reporting to the police. */
  REFLECTION_PERIOD,
  /** The same for a Dublin claimant, where the rule has a separate term for them. */
  REFLECTION_PERIOD_DUBLIN,
  /** After how long what the regulation grants is reviewed (a permit's extension). */
  REVIEW
}
