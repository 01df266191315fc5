package nl.wegwijzer.casework.service;

import java.util.List;
import java.util.Optional;

/**
 * The coordinators of a region and people's names, as the identity provider knows them; the web
 * module knows how to ask it. A case's responsible coordinator and a task's assignee are chosen
 * among these.
 */
public interface Colleagues {

  /** A coordinator: the user name the casework stores, and the name people read. */
  record Colleague(String userName, String name) implements java.io.Serializable {}

  /** The enabled coordinators of the region, by name. */
  List<Colleague> ofRegion(String regionCode);

  /**
   * The coordinator of the region with this user name, if there is one: the one check a handover or
   * an assignment must pass.
   */
  default Optional<Colleague> find(String userName, String regionCode) {
    return ofRegion(regionCode).stream().filter(c -> c.userName().equals(userName)).findFirst();
  }

  /** The name of a user for timelines and logs; the user name when there is none. */
  String nameOf(String userName);
}
