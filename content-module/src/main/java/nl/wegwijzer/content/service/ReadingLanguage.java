package nl.wegwijzer.content.service;

import jakarta.enterprise.context.RequestScoped;

/**
 * The language a visitor reads the guide in during this request. The web layer sets it from the
 * visitor's choice; without that, and outside a request, the guide is Dutch.
 */
@RequestScoped
public class ReadingLanguage {

  private boolean english;

  public void readInEnglish(boolean english) {
    this.english = english;
  }

  public boolean english() {
    return english;
  }
}
