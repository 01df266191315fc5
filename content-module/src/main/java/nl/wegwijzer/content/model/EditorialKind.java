package nl.wegwijzer.content.model;

import nl.wegwijzer.directory.support.Coded;

/** The kinds of guide content that editors write through the workflow. */
public enum EditorialKind implements Coded {
  STEP,
  REGULATION,
  INFORMATION_PAGE,
  STORY,
  NEWS,
  FAQ,
  ORGANISATION,
  DOCUMENT,
  INDICATOR_THEME,
  FORM_PAGE
}
