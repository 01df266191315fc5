package nl.wegwijzer.web.redactie;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import nl.wegwijzer.content.model.PublicPaths;
import nl.wegwijzer.content.service.EditorialReading;
import nl.wegwijzer.content.service.EditorialViews.ItemLine;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.web.shared.Pager;
import nl.wegwijzer.web.shared.Pages;

/** /redactie/{kind}: the items of one kind, live or in the works, by title, paged. */
@Named
@RequestScoped
public class ItemsBacking {

  static final int PAGE_SIZE = 25;

  @Inject EditorialReading editorial;

  private String kind;
  private int pageNumber = 1;
  private Page<ItemLine> page = new Page<>(List.of(), 1, PAGE_SIZE, 0);

  public void load() throws IOException {
    var path = PublicPaths.ofEditorPath(kind);
    if (path.isEmpty()) {
      Pages.notFound();
      return;
    }
    page = editorial.items(path.get().kind(), new PageRequest(Math.max(1, pageNumber), PAGE_SIZE));
  }

  public Page<ItemLine> getPage() {
    return page;
  }

  public Pager getPager() {
    return Pager.of(page, "/redactie/" + kind);
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public int getPageNumber() {
    return pageNumber;
  }

  public void setPageNumber(int pageNumber) {
    this.pageNumber = pageNumber;
  }
}
