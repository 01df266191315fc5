package nl.wegwijzer.content.model;

import nl.wegwijzer.directory.support.Coded;

/** The kinds of guide content, as search results name them. */
public enum ContentKind implements Coded {
  STEP,
  REGULATION,
  PAGE,
  EXPLOITATION_FORM,
  INDICATOR,
  DOCUMENT,
  STORY,
  NEWS,
  FAQ
}
