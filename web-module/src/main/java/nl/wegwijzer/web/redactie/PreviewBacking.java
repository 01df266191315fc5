package nl.wegwijzer.web.redactie;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wegwijzer.content.service.EditorialReading;
import nl.wegwijzer.content.service.RevisionPreview;
import nl.wegwijzer.content.service.RevisionView;

/**
 * /redactie/voorbeeld/{revision}: a version as its public page would show it, with the public
 * page's own markup; only editors reach it (web.xml).
 */
@Named
@RequestScoped
public class PreviewBacking {

  @Inject EditorialReading editorial;

  private long revision;
  private RevisionPreview preview;
  private RevisionView version;

  public void load() {
    version = editorial.revision(revision);
    preview = editorial.preview(revision);
  }

  public RevisionPreview getPreview() {
    return preview;
  }

  public RevisionView getVersion() {
    return version;
  }

  public long getRevision() {
    return revision;
  }

  public void setRevision(long revision) {
    this.revision = revision;
  }
}
