package nl.wegwijzer.casework.notice;

import nl.wegwijzer.directory.support.Coded;

/** The e-mail notices a coordinator gets, each of which they can switch off. */
public enum NoticeKind implements Coded {
  /** A signal arrived in the inbox of one of their regions ({@link SignalArrived}). */
  SIGNAL_ARRIVED,
  /** A case was offered to one of their regions ({@link CaseTransferOffered}). */
  TRANSFER_OFFERED,
  /** Every morning: how many deadlines of their regions fall due tomorrow. */
  DAILY_DIGEST
}
