package nl.wegwijzer.web.security;

/** What an administrator fills in to create a user; the password is temporary. */
public record NewUser(
    String userName, String firstName, String lastName, String email, String temporaryPassword) {}
