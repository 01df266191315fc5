package nl.wegwijzer.content.service;

import java.util.Optional;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.GuideItem;
import nl.wegwijzer.content.repository.ItemRepository;

/**
 * What the adapters of the guide's own items share: the kind, its live table, finding the live item
 * by its slug and storing a new one.
 *
 * @param <T> the live entity
 */
public abstract class ItemKind<T extends GuideItem> extends AbstractEditableKind<T> {

  private final ItemRepository<T> items;

  protected ItemKind(EditorialKind kind, String table, ItemRepository<T> items) {
    super(kind, table);
    this.items = items;
  }

  @Override
  public Optional<T> live(String slug) {
    return items.findBySlug(slug);
  }

  @Override
  public Long idOf(T live) {
    return live.id();
  }

  /** Stores a new item. */
  protected T add(T item) {
    return items.add(item);
  }
}
