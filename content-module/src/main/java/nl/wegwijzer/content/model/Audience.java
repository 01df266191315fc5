package nl.wegwijzer.content.model;

import nl.wegwijzer.directory.support.Coded;

/** Whom an information page is written for; the public site has an entry point per audience. */
public enum Audience implements Coded {
  VICTIMS,
  CITIZENS,
  PROFESSIONALS,
  ABOUT
}
