package nl.wegwijzer.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.Fields;
import nl.wegwijzer.content.model.NewsItem;
import nl.wegwijzer.content.repository.NewsRepository;

/** News items, for the workflow (Dutch only). */
@ApplicationScoped
public class NewsKind extends TextKind<NewsItem> {

  protected NewsKind() {
    this(null);
  }

  @Inject
  public NewsKind(NewsRepository news) {
    super(EditorialKind.NEWS, "news_item", true, news);
  }

  @Override
  protected List<FieldSpec> fieldsBeforeText() {
    return List.of(FieldSpec.date("publishedOn"), FieldSpec.flag("example"));
  }

  @Override
  protected Map<String, String> ownValues(NewsItem n) {
    return Map.of(
        "publishedOn", n.publishedOn().toString(), "example", Boolean.toString(n.isExample()));
  }

  @Override
  protected NewsItem newItem(Fields fields, String slug) {
    return new NewsItem(
        slug,
        fields.get("title"),
        fields.get("summary"),
        fields.get("body"),
        LocalDate.parse(fields.get("publishedOn")),
        EditableKind.flag(fields, "example"));
  }

  @Override
  protected void applyOwn(Fields fields, NewsItem item) {
    item.redate(LocalDate.parse(fields.get("publishedOn")));
    item.markExample(EditableKind.flag(fields, "example"));
  }
}
