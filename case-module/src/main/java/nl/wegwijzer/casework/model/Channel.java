package nl.wegwijzer.casework.model;

import nl.wegwijzer.directory.support.Coded;

/** How a signal came in. */
public enum Channel implements Coded {
  PHONE,
  EMAIL,
  IN_PERSON,
  LETTER,
  PUBLIC_FORM,
  OTHER
}
