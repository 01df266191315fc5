package nl.wegwijzer.web.security;

/** The application's roles, as realm roles in Keycloak. */
public final class Role {

  public static final String EDITOR = "editor";
  public static final String COORDINATOR = "coordinator";
  public static final String ADMIN = "admin";

  /** Every application role, in the order screens list them. */
  public static final java.util.List<String> ALL = java.util.List.of(EDITOR, COORDINATOR, ADMIN);

  private Role() {}
}
