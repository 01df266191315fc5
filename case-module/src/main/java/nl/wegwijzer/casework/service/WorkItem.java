package nl.wegwijzer.casework.service;

import java.time.LocalDate;

/**
 * Something due in one of the actor's cases: a task ({@code kind} "task", with its title), the end
 * of a reflection period ("reflection-end") or a review ("review").
 */
public record WorkItem(
    String caseNumber, String kind, LocalDate dueOn, boolean overdue, Long taskId, String title) {}
