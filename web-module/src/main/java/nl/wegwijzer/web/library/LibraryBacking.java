package nl.wegwijzer.web.library;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import nl.wegwijzer.content.model.GeneratedKind;
import nl.wegwijzer.content.service.DocumentService;
import nl.wegwijzer.content.service.DocumentView;
import nl.wegwijzer.content.service.GeneratedDocumentView;
import nl.wegwijzer.content.service.GeneratedDocuments;
import nl.wegwijzer.content.service.GuideService;
import nl.wegwijzer.content.service.InformationService;
import nl.wegwijzer.content.service.InformationViews.FaqView;
import nl.wegwijzer.content.service.InformationViews.FormView;
import nl.wegwijzer.content.service.InformationViews.NewsView;
import nl.wegwijzer.content.service.InformationViews.PageView;
import nl.wegwijzer.content.service.InformationViews.StoryView;
import nl.wegwijzer.content.service.InformationViews.ThemeView;
import nl.wegwijzer.content.service.RegulationView;
import nl.wegwijzer.directory.service.AuditTrail;
import nl.wegwijzer.directory.support.Coded;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.web.shared.Labels;
import nl.wegwijzer.web.shared.Language;

/**
 * The guide's lists: information per audience (/informatie), the indicator checklist
 * (/signalen-herkennen), rights and regulations (/rechten), forms of exploitation (/vormen),
 * stories, news, questions and documents (uploaded, and those made from the published content).
 * Each list is read once per request, only when the page asks for it.
 */
@Named
@RequestScoped
public class LibraryBacking {

  private static final int NEWS_ITEMS = 50;

  @Inject InformationService information;
  @Inject DocumentService documents;
  @Inject GuideService guide;
  @Inject GeneratedDocuments generatedDocuments;

  private List<ThemeView> indicators;
  private List<StoryView> stories;
  private List<NewsView> news;
  private List<FaqView> questions;
  private List<DocumentView> documentList;

  public List<PageView> pagesFor(String audience) {
    return information.pagesFor(audience);
  }

  public List<FormView> getExploitationForms() {
    return information.exploitationForms();
  }

  public List<RegulationView> getRegulations() {
    return guide.regulations();
  }

  public List<ThemeView> getIndicators() {
    if (indicators == null) {
      indicators = information.indicatorList();
    }
    return indicators;
  }

  public List<StoryView> getStories() {
    if (stories == null) {
      stories = information.stories();
    }
    return stories;
  }

  public List<NewsView> getNews() {
    if (news == null) {
      news = information.news(PageRequest.first(NEWS_ITEMS)).items();
    }
    return news;
  }

  public List<FaqView> getQuestions() {
    if (questions == null) {
      questions = information.faq();
    }
    return questions;
  }

  public List<DocumentView> getDocuments() {
    if (documentList == null) {
      documentList = documents.published();
    }
    return documentList;
  }

  /**
   * A document made from the published content, in the page's language, with its version in the
   * other language.
   *
   * @param kind handbook | indicators
   */
  public record GeneratedFile(
      String kind,
      String fileName,
      long sizeBytes,
      LocalDate published,
      String otherLanguage,
      String otherFileName) {}

  /** The handbook and the indicator list made from the published content, once they are made. */
  public List<GeneratedFile> getGenerated() {
    Language reading = Language.fromCode(Labels.locale().getLanguage()).orElse(Language.DUTCH);
    List<GeneratedDocumentView> made = generatedDocuments.all();
    return made.stream()
        .filter(document -> document.language().equals(reading.code()))
        .map(
            document ->
                new GeneratedFile(
                    document.kind(),
                    document.fileName(),
                    document.sizeBytes(),
                    document.publishedAt().atZoneSameInstant(AuditTrail.ZONE).toLocalDate(),
                    reading.other().code(),
                    Coded.parse(GeneratedKind.class, "kind", document.kind())
                        .fileName(reading.other().code())))
        .toList();
  }
}
