package nl.wegwijzer.web.notice;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.wegwijzer.casework.notice.NoticeKind;

/**
 * Sends a notice after the request that caused it, on the EJB container's own thread and in a
 * transaction of its own. A task on the managed executor carried the request's invocation along: it
 * read with the request's entity manager (closed once the request had ended, so a case offered on
 * its screen never mailed the receiving region), and when it ended first it closed that entity
 * manager under the still running request, which then failed with the error page.
 */
@Stateless
public class NoticeSending {

  @Inject Notices notices;

  @Asynchronous
  public void send(NoticeKind kind, String regionCode, long count) {
    notices.send(kind, regionCode, count);
  }
}
