package nl.wegwijzer.content.service;

/**
 * A version as the public page would show it: a step page ({@code step}) or an article ({@code
 * article}); exactly one of them is set.
 *
 * @param publicPath where the item is (or will be) on the public site
 */
public record RevisionPreview(String publicPath, StepView step, ArticlePreview article) {

  /**
   * An article page: {@code section} is the public path's first part (rechten, informatie,
   * verhalen, nieuws, vragen).
   */
  public record ArticlePreview(
      String section,
      String title,
      String summary,
      String body,
      boolean example,
      String legalBasis) {}
}
