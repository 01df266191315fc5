package nl.wegwijzer.content.model;

/** Lengths of the guide's texts, shared by the entities and matching the columns. */
final class Limits {

  static final int TITLE = 200;
  static final int SUMMARY = 2000;
  static final int BODY = 100_000;
  static final int LEGAL_BASIS = 500;

  private Limits() {}
}
