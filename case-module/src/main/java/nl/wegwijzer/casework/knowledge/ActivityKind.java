package nl.wegwijzer.casework.knowledge;

import nl.wegwijzer.directory.support.Coded;

/** What kind of knowledge transfer was given; the screens name them from the bundle. */
public enum ActivityKind implements Coded {
  TRAINING,
  PRESENTATION,
  ADVICE
}
