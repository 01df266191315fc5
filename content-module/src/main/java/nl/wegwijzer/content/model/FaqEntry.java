package nl.wegwijzer.content.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import nl.wegwijzer.directory.model.Text;
import nl.wegwijzer.directory.support.InvalidInputException;

/** A frequently asked question with its answer (simple HTML). */
@Entity
@Table(name = "faq_entry", schema = "content")
@NamedQuery(
    name = "FaqEntry.published",
    query =
        "select f from FaqEntry f"
            + " where f.state = nl.wegwijzer.content.model.PublicationState.PUBLISHED"
            + " order by f.position")
@NamedQuery(name = "FaqEntry.bySlug", query = "select f from FaqEntry f where f.slug = :slug")
public class FaqEntry extends GuideItem {

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = 300)
  private String question;

  @Column(nullable = false)
  private String answer;

  @Column(name = "question_en", length = 300)
  private String questionEn;

  @Column(name = "answer_en")
  private String answerEn;

  protected FaqEntry() {}

  public FaqEntry(String slug, int position, String question, String answer) {
    super(slug);
    this.position = position;
    rewrite(question, answer);
  }

  public void rewrite(String newQuestion, String newAnswer) {
    this.question = Text.required(newQuestion, "question", 300);
    this.answer =
        Text.required(
            SimpleHtml.sanitise(Text.required(newAnswer, "answer", Limits.BODY)),
            "answer",
            Limits.BODY);
  }

  public int position() {
    return position;
  }

  public String question() {
    return question;
  }

  public String answer() {
    return answer;
  }

  /** Sets the optional English question and answer (the answer cleaned like the Dutch one). */
  public void translate(String newQuestionEn, String newAnswerEn) {
    this.questionEn = Text.optional(newQuestionEn, "questionEn", 300);
    String cleaned =
        newAnswerEn == null
            ? null
            : SimpleHtml.sanitise(Text.optional(newAnswerEn, "answerEn", Limits.BODY));
    this.answerEn = Text.optional(cleaned, "answerEn", Limits.BODY);
  }

  public void moveTo(int newPosition) {
    if (newPosition < 1) {
      throw new InvalidInputException("position", "starts at 1");
    }
    this.position = newPosition;
  }

  public String questionEn() {
    return questionEn;
  }

  /** Sanitised simple HTML, or null. */
  public String answerEn() {
    return answerEn;
  }
}
