package nl.wegwijzer.casework.model;

import nl.wegwijzer.directory.support.Coded;

/** Whether the person agreed to be registered. */
public enum Consent implements Coded {
  GIVEN,
  NOT_GIVEN,
  NOT_ASKED
}
