package nl.wegwijzer.casework.service;

import java.util.Collection;
import java.util.List;
import nl.wegwijzer.directory.support.Coded;

/** Codes for views: the API and screens show enums by their stable codes. */
final class Views {

  private Views() {}

  static String code(Coded value) {
    return value == null ? null : value.code();
  }

  static List<String> codes(Collection<? extends Coded> values) {
    return values.stream().map(Coded::code).sorted().toList();
  }
}
