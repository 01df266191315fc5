package nl.wegwijzer.content.model;

import nl.wegwijzer.directory.support.Coded;

/**
 * Whether the victim reports to the police (files an aangifte or otherwise cooperates). Undecided
 * is an answer of its own: several rights exist precisely to give a victim time to decide.
 */
public enum PoliceReport implements Coded {
  YES,
  NO,
  UNDECIDED
}
