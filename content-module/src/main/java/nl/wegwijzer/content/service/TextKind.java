package nl.wegwijzer.content.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.Fields;
import nl.wegwijzer.content.model.PublicPaths;
import nl.wegwijzer.content.model.TextContent;
import nl.wegwijzer.content.model.Translatable;
import nl.wegwijzer.content.repository.ItemRepository;

/**
 * The workflow's adapter for a kind written as an article: a slug, its own fields, the Dutch title,
 * summary and body, and the English ones where the kind is translated. A kind says only what it
 * adds: its fields, how they are read from and written to the live item, and how a new one is made.
 *
 * @param <T> the live entity
 */
public abstract class TextKind<T extends TextContent> extends ItemKind<T> {

  private final boolean translated;

  /**
   * @param translated whether the kind has English text beside the Dutch (its entity is {@link
   *     Translatable})
   */
  protected TextKind(
      EditorialKind kind, String table, boolean translated, ItemRepository<T> items) {
    super(kind, table, items);
    this.translated = translated;
  }

  /** The kind's fields that the form shows before the text. */
  protected abstract List<FieldSpec> fieldsBeforeText();

  /** The kind's fields that the form shows after the Dutch text; none unless a kind has some. */
  protected List<FieldSpec> fieldsAfterText() {
    return List.of();
  }

  /** The values of the kind's own fields in the live item. */
  protected abstract Map<String, String> ownValues(T live);

  /** Makes a new item from complete fields; the caller stores it. */
  protected abstract T newItem(Fields fields, String slug);

  /** Writes the kind's own fields to the live item (its text is written already). */
  protected abstract void applyOwn(Fields fields, T live);

  @Override
  public List<FieldSpec> fields() {
    List<FieldSpec> fields = new ArrayList<>();
    fields.add(FieldSpec.slug());
    fields.addAll(fieldsBeforeText());
    fields.addAll(TextKinds.dutch());
    fields.addAll(fieldsAfterText());
    if (translated) {
      fields.addAll(TextKinds.english());
    }
    return fields;
  }

  @Override
  public Fields snapshot(T live) {
    Map<String, String> values = new LinkedHashMap<>(ownValues(live));
    values.put("title", live.title());
    values.put("summary", live.summary());
    values.put("body", live.body());
    if (live instanceof Translatable english) {
      values.put("titleEn", english.titleEn());
      values.put("summaryEn", english.summaryEn());
      values.put("bodyEn", english.bodyEn());
    }
    return new Fields(values);
  }

  @Override
  public T apply(Fields fields, String slug, Optional<T> live) {
    T item = live.orElseGet(() -> add(newItem(fields, slug)));
    item.rewrite(fields.get("title"), fields.get("summary"), fields.get("body"));
    applyOwn(fields, item);
    if (item instanceof Translatable english) {
      english.translate(
          fields.optional("titleEn"), fields.optional("summaryEn"), fields.optional("bodyEn"));
    }
    return item;
  }

  /**
   * The article page; a kind without an {@code example} or {@code legalBasis} field has neither.
   */
  @Override
  public RevisionPreview preview(Fields fields, String slug) {
    return new RevisionPreview(
        publicPath(fields, slug),
        null,
        new RevisionPreview.ArticlePreview(
            PublicPaths.of(kind()).section(),
            fields.get("title"),
            fields.get("summary"),
            fields.get("body"),
            EditableKind.flag(fields, "example"),
            fields.optional("legalBasis")));
  }
}
