package nl.wegwijzer.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import nl.wegwijzer.content.model.PageFeedback;
import nl.wegwijzer.content.repository.FeedbackRepository;
import nl.wegwijzer.directory.support.InvalidInputException;

/**
 * "Was this page useful?": stores the answers for the editors. Limiting how often one visitor may
 * answer is the web layer's job; nothing here knows who answered.
 */
@ApplicationScoped
@Transactional
public class FeedbackService {

  private final FeedbackRepository feedback;

  protected FeedbackService() {
    this(null);
  }

  @Inject
  public FeedbackService(FeedbackRepository feedback) {
    this.feedback = feedback;
  }

  /**
   * @param page the path of the page, without query string
   * @param useful yes (true) or no (false); required
   * @param comment optional, at most 1000 characters
   */
  public void record(String page, Boolean useful, String comment) {
    if (useful == null) {
      throw new InvalidInputException("useful", "answer yes or no");
    }
    feedback.add(new PageFeedback(page, useful, comment));
  }

  /** For the editors: the newest answers about one page. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<FeedbackView> forPage(String page) {
    return feedback.forPage(page).stream()
        .map(f -> new FeedbackView(f.page(), f.useful(), f.comment(), f.createdAt()))
        .toList();
  }

  public record FeedbackView(
      String page, boolean useful, String comment, OffsetDateTime createdAt) {}
}
