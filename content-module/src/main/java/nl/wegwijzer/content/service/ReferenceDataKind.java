package nl.wegwijzer.content.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.Fields;
import nl.wegwijzer.content.model.PublicPaths;
import nl.wegwijzer.content.model.Publishable;
import nl.wegwijzer.directory.support.InvalidInputException;
import org.jsoup.nodes.Entities;

/**
 * What the adapters of the directory's reference data share (coordination points, a municipality's
 * region, search terms): the live rows belong to the directory and change through its services, and
 * the preview is a card with the title and a line of the version's values, since the page that
 * shows them (the coordinator finder, the search) is a page of its own rather than an article.
 *
 * @param <T> the live item as the workflow sees it
 */
public abstract class ReferenceDataKind<T extends Publishable> extends AbstractEditableKind<T> {

  protected ReferenceDataKind(EditorialKind kind, String table) {
    super(kind, table);
  }

  /**
   * The fields the preview's card lists after the title, in this order, the empty ones left out.
   */
  protected abstract List<String> summaryFields();

  @Override
  public RevisionPreview preview(Fields fields, String slug) {
    String body =
        "<p>"
            + String.join(
                " · ",
                summaryFields().stream()
                    .map(fields::optional)
                    .filter(v -> v != null && !v.isBlank())
                    .map(Entities::escape)
                    .toList())
            + "</p>";
    return new RevisionPreview(
        publicPath(fields, slug),
        null,
        new RevisionPreview.ArticlePreview(
            PublicPaths.of(kind()).editorPath(), fields.get(titleField()), "", body, false, null));
  }

  /** The date in field {@code name}, or null where it is empty. */
  protected static LocalDate date(Fields fields, String name) {
    String value = fields.optional(name);
    try {
      return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(name, "not a date");
    }
  }
}
