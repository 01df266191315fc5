package nl.wegwijzer.casework.model;

import nl.wegwijzer.directory.support.Coded;

/** Who signed the consent: the person from 16, a parent or guardian below 16. */
public enum ConsentSigner implements Coded {
  PERSON,
  PARENT_OR_GUARDIAN
}
