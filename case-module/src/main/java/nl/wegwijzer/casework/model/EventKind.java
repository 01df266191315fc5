package nl.wegwijzer.casework.model;

import nl.wegwijzer.directory.support.Coded;

/** The kinds of things that happen in a case, for its timeline. */
public enum EventKind implements Coded {
  OPENED,
  SIGNAL_LINKED,
  REFERRAL_SENT,
  REFERRAL_ACCEPTED,
  REFERRAL_DECLINED,
  REFERRAL_ENDED,
  POLICE_REPORT,
  MEETING,
  TASK_ADDED,
  TASK_DONE,
  REFLECTION_STARTED,
  /** A reflection period started where its rule says it does not apply, with a reason. */
  REFLECTION_EXCEPTION,
  REVIEWED,
  /** The case followed its signals' municipality into another region (detail: old -> new). */
  REGION_MOVED,
  /** The case was offered to another region because the person moved (detail: old -> new). */
  TRANSFER_OFFERED,
  /** The receiving region accepted the case: it and its signals moved there. */
  TRANSFER_ACCEPTED,
  TRANSFER_REFUSED,
  CLOSED,
  ANONYMISED,
  /** Another coordinator of the region answers for the case now (detail: their user name). */
  HANDED_OVER,
  /** A task was given to a colleague (detail: their user name; none: anyone of the region). */
  TASK_ASSIGNED,
  /** A "done" was undone: the task is open again. */
  TASK_REOPENED,
  /** A flag was set (detail: its code). */
  FLAGGED,
  /** A flag was cleared (detail: its code). */
  UNFLAGGED,
  /** A closed case was opened again (detail: the reason's code). */
  REOPENED
}
