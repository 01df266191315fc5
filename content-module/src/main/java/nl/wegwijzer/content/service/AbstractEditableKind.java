package nl.wegwijzer.content.service;

import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.Fields;
import nl.wegwijzer.content.model.PublicPaths;
import nl.wegwijzer.content.model.Publishable;

/**
 * What every adapter with a fixed kind and live table shares: both named once, in the constructor,
 * and the item's public address read from {@link PublicPaths}.
 *
 * @param <T> the live item as the workflow sees it
 */
public abstract class AbstractEditableKind<T extends Publishable> implements EditableKind<T> {

  private final EditorialKind kind;
  private final String table;

  protected AbstractEditableKind(EditorialKind kind, String table) {
    this.kind = kind;
    this.table = table;
  }

  @Override
  public EditorialKind kind() {
    return kind;
  }

  @Override
  public String table() {
    return table;
  }

  /** The item's page, or the page that shows it where it has none of its own. */
  @Override
  public String publicPath(Fields fields, String slug) {
    return PublicPaths.of(kind).itemPath(slug);
  }
}
