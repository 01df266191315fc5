package nl.wegwijzer.content.model;

import nl.wegwijzer.directory.support.Coded;

/**
 * The kinds of guide content and directory data that editors write through the workflow. The codes
 * are stored in content.revision.kind (at most 20 characters).
 */
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
  FORM_PAGE,
  COORDINATION_POINT,
  MUNICIPALITY_REGION,
  SYNONYM
}
