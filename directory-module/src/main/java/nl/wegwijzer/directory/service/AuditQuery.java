package nl.wegwijzer.directory.service;

import java.time.LocalDate;

/**
 * The audit trail's filters as a screen or a request gives them; every part is optional. {@code
 * action} is an action's code ({@code role-assigned}); the period runs from the start of {@code
 * from} to the end of {@code to}, in Dutch time.
 */
public record AuditQuery(
    String actor, String subject, String action, LocalDate from, LocalDate to) {

  public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null);
}
