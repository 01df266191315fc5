package nl.wegwijzer.casework.service;

import static nl.wegwijzer.casework.service.Views.code;
import static nl.wegwijzer.casework.service.Views.codes;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import nl.wegwijzer.casework.crypto.FieldCipher;
import nl.wegwijzer.casework.model.CaseFile;
import nl.wegwijzer.casework.model.CaseStatus;
import nl.wegwijzer.casework.model.CaseTask;
import nl.wegwijzer.casework.model.Deadlines;
import nl.wegwijzer.casework.model.PoliceReport;
import nl.wegwijzer.casework.model.Signal;
import nl.wegwijzer.directory.model.AgeGroup;
import nl.wegwijzer.directory.model.ExploitationForm;

/**
 * What a coordinator reads of a case in five seconds: the person as the signals describe them (the
 * newest signal that says something wins), who answers for the case, its flags, the next deadline
 * and how many tasks are open.
 *
 * @param age the lowest age the person can have today; null when no signal says
 * @param minor whether the person may be under 18; null when nothing is known
 * @param nationality an ISO country code, or null
 * @param forms the forms of exploitation of all signals, as codes
 * @param nextDeadline the earliest of the open tasks, the reflection period's end (while the person
 *     has not decided on reporting) and the next review; null when closed
 * @param nextDeadlineKind "task", "reflection-end" or "review", as in the worklist
 */
public record CaseGlance(
    String responsible,
    List<String> flags,
    String pseudonym,
    Integer age,
    Boolean minor,
    String nationality,
    List<String> forms,
    LocalDate nextDeadline,
    String nextDeadlineKind,
    boolean nextDeadlineOverdue,
    int openTasks,
    String reopenReason,
    LocalDate reopenedOn,
    String reopenNote) {

  private record Due(LocalDate on, String kind) {}

  static CaseGlance of(CaseFile c, List<Signal> signals, FieldCipher cipher, LocalDate today) {
    List<Signal> newestFirst =
        signals.stream().sorted(Comparator.comparing(Signal::createdAt).reversed()).toList();
    String pseudonym =
        newestFirst.stream()
            .map(s -> cipher.open(s.pseudonym()))
            .filter(p -> p != null && !p.isBlank())
            .findFirst()
            .orElse(null);
    Integer age =
        newestFirst.stream()
            .map(s -> s.age().lowestAgeOn(today))
            .filter(Objects::nonNull)
            .findFirst()
            .orElse(null);
    Boolean minor =
        signals.stream().anyMatch(s -> Boolean.TRUE.equals(s.minor()))
            ? Boolean.TRUE
            : age == null ? null : age < AgeGroup.AGE_OF_MAJORITY;
    String nationality =
        newestFirst.stream()
            .map(Signal::nationality)
            .filter(n -> n != null && !n.isBlank())
            .findFirst()
            .orElse(null);
    EnumSet<ExploitationForm> forms = EnumSet.noneOf(ExploitationForm.class);
    signals.forEach(s -> forms.addAll(s.forms()));
    List<CaseTask> open = c.tasks().stream().filter(t -> !t.done()).toList();
    Optional<Due> next = Optional.empty();
    if (c.status() == CaseStatus.OPEN) {
      next =
          Stream.concat(
                  open.stream().map(t -> new Due(t.dueOn(), "task")),
                  Stream.of(
                      c.policeReport() == PoliceReport.NOT_REPORTED && c.reflectionEnd() != null
                          ? new Due(c.reflectionEnd(), "reflection-end")
                          : null,
                      c.nextReview() == null ? null : new Due(c.nextReview(), "review")))
              .filter(Objects::nonNull)
              .min(Comparator.comparing(Due::on));
    }
    return new CaseGlance(
        c.responsible(),
        codes(c.flags()),
        pseudonym,
        age,
        minor,
        nationality,
        forms.stream().map(ExploitationForm::code).toList(),
        next.map(Due::on).orElse(null),
        next.map(Due::kind).orElse(null),
        next.map(d -> Deadlines.overdue(d.on(), today)).orElse(false),
        open.size(),
        code(c.reopenReason()),
        c.reopenedOn(),
        cipher.open(c.reopenNote()));
  }
}
