package nl.wegwijzer.casework.model;

import nl.wegwijzer.directory.support.Coded;

/** The person's residence status as far as it is known. */
public enum ResidenceStatus implements Coded {
  DUTCH_NATIONAL,
  EU_CITIZEN,
  RESIDENCE_PERMIT,
  ASYLUM_PROCEDURE,
  NO_LEGAL_RESIDENCE,
  UNKNOWN
}
