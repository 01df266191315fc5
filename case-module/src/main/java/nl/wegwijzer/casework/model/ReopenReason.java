package nl.wegwijzer.casework.model;

import nl.wegwijzer.directory.support.Coded;

/** Why a closed case was opened again; {@link #OTHER} needs a note. */
public enum ReopenReason implements Coded {
  NEW_SIGNAL,
  NEW_NEED_FOR_CARE,
  CLOSED_IN_ERROR,
  OTHER
}
