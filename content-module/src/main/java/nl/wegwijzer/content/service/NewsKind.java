package nl.wegwijzer.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.Fields;
import nl.wegwijzer.content.model.NewsItem;
import nl.wegwijzer.content.repository.NewsRepository;

/** News items, for the workflow (Dutch only). */
@ApplicationScoped
public class NewsKind implements EditableKind<NewsItem> {

  private final NewsRepository news;

  protected NewsKind() {
    this(null);
  }

  @Inject
  public NewsKind(NewsRepository news) {
    this.news = news;
  }

  @Override
  public EditorialKind kind() {
    return EditorialKind.NEWS;
  }

  @Override
  public String table() {
    return "news_item";
  }

  @Override
  public List<FieldSpec> fields() {
    List<FieldSpec> fields = new ArrayList<>();
    fields.add(FieldSpec.slug());
    fields.add(FieldSpec.date("publishedOn"));
    fields.add(FieldSpec.flag("example"));
    fields.addAll(TextKinds.dutch());
    return fields;
  }

  @Override
  public Optional<NewsItem> live(String slug) {
    return news.findBySlug(slug);
  }

  @Override
  public Long idOf(NewsItem live) {
    return live.id();
  }

  @Override
  public Fields snapshot(NewsItem n) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("publishedOn", n.publishedOn().toString());
    values.put("example", Boolean.toString(n.isExample()));
    values.put("title", n.title());
    values.put("summary", n.summary());
    values.put("body", n.body());
    return new Fields(values);
  }

  @Override
  public NewsItem apply(Fields fields, String slug, Optional<NewsItem> live) {
    LocalDate date = LocalDate.parse(fields.get("publishedOn"));
    boolean example = EditableKind.flag(fields, "example");
    NewsItem item =
        live.orElseGet(
            () ->
                news.add(
                    new NewsItem(
                        slug,
                        fields.get("title"),
                        fields.get("summary"),
                        fields.get("body"),
                        date,
                        example)));
    item.rewrite(fields.get("title"), fields.get("summary"), fields.get("body"));
    item.redate(date);
    item.markExample(example);
    return item;
  }

  @Override
  public RevisionPreview preview(Fields fields, String slug) {
    return new RevisionPreview(
        publicPath(fields, slug),
        null,
        new RevisionPreview.ArticlePreview(
            "nieuws",
            fields.get("title"),
            fields.get("summary"),
            fields.get("body"),
            EditableKind.flag(fields, "example"),
            null));
  }

  @Override
  public String publicPath(Fields fields, String slug) {
    return "/nieuws/" + slug;
  }
}
