package nl.wegwijzer.casework.model;

import nl.wegwijzer.directory.support.Coded;

/** Why a case was closed. */
public enum CloseReason implements Coded {
  SUPPORT_COMPLETED,
  RETURNED_HOME,
  MOVED_TO_OTHER_REGION,
  NO_CONTACT,
  SUPPORT_DECLINED,
  NOT_A_VICTIM,
  OTHER
}
