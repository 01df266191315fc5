package nl.wegwijzer.casework.model;

import nl.wegwijzer.directory.support.Coded;

/**
 * Why a signal from the public form was set aside instead of taken into work: it is not about
 * trafficking (and the sender got advice), it is spam, or it duplicates another signal.
 */
public enum SetAsideReason implements Coded {
  NOT_TRAFFICKING,
  SPAM,
  DUPLICATE
}
