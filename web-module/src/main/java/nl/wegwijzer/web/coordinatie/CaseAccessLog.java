package nl.wegwijzer.web.coordinatie;

import java.io.Serializable;
import java.util.List;
import nl.wegwijzer.casework.service.AccessLogLine;
import nl.wegwijzer.casework.service.Actor;
import nl.wegwijzer.casework.service.CaseService;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;

/**
 * The case page's access log section: the page of it shown, re-read after every change; the lines
 * that say someone read the log are left out unless asked for.
 */
final class CaseAccessLog implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int PAGE_SIZE = 20;

  private int pageNumber = 1;
  private boolean withReading;
  private Page<AccessLogLine> page = new Page<>(List.of(), 1, PAGE_SIZE, 0);

  void read(CaseService cases, Actor actor, String caseNumber) {
    page = cases.accessLog(actor, caseNumber, new PageRequest(pageNumber, PAGE_SIZE), withReading);
  }

  /** Shows or hides the lines of reading the log itself, from the first page. */
  void toggleReading(CaseService cases, Actor actor, String caseNumber) {
    withReading = !withReading;
    pageNumber = 1;
    read(cases, actor, caseNumber);
  }

  boolean withReading() {
    return withReading;
  }

  void turnTo(int number, CaseService cases, Actor actor, String caseNumber) {
    pageNumber = Math.max(1, number);
    read(cases, actor, caseNumber);
  }

  Page<AccessLogLine> page() {
    return page;
  }
}
