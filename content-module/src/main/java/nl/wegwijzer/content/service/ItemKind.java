package nl.wegwijzer.content.service;

import java.util.Optional;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.Fields;
import nl.wegwijzer.content.model.GuideItem;
import nl.wegwijzer.content.model.PublicPaths;
import nl.wegwijzer.content.repository.ItemRepository;

/**
 * What the adapters of the guide's own items share: the kind, its live table, finding the live item
 * by its slug, storing a new one, and its public address from {@link PublicPaths}.
 *
 * @param <T> the live entity
 */
public abstract class ItemKind<T extends GuideItem> implements EditableKind<T> {

  private final EditorialKind kind;
  private final String table;
  private final ItemRepository<T> items;

  protected ItemKind(EditorialKind kind, String table, ItemRepository<T> items) {
    this.kind = kind;
    this.table = table;
    this.items = items;
  }

  @Override
  public EditorialKind kind() {
    return kind;
  }

  @Override
  public String table() {
    return table;
  }

  @Override
  public Optional<T> live(String slug) {
    return items.findBySlug(slug);
  }

  @Override
  public Long idOf(T live) {
    return live.id();
  }

  /** The item's page, or its list where it has no page of its own. */
  @Override
  public String publicPath(Fields fields, String slug) {
    return PublicPaths.of(kind).itemPath(slug);
  }

  /** Stores a new item. */
  protected T add(T item) {
    return items.add(item);
  }
}
