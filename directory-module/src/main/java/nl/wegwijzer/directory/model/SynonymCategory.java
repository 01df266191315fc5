package nl.wegwijzer.directory.model;

import nl.wegwijzer.directory.support.Coded;

/** Why a search term stands for other words. */
public enum SynonymCategory implements Coded {
  /** A word people use in speech: 'loverboy', 'uitbuiting in de bouw'. */
  STREET,
  /** A name a regulation or organisation had before: 'B9' for B8/3. */
  FORMER_NAME,
  /** A short name of an organisation or team: 'KMar', 'VT'. */
  ABBREVIATION,
  /** An English word for the Dutch word the content is indexed in: 'shelter' for opvang. */
  TRANSLATION
}
