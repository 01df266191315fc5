package nl.wegwijzer.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens that MicroProfile JWT has verified, kept until they expire, so that a client
 * sending the same token again is not verified again. Payara's verification rebuilds the signing
 * key from Keycloak's key set and parses the token anew on every request: measured, that was more
 * than half the machine's work for an authenticated API call.
 *
 * <p>A hit is the exact token string that passed verification before (signature, issuer, audience,
 * expiry), so it proves no less. An entry never outlives its token's own expiry, nor {@link
 * #LONGEST_KEPT}, which bounds how long a token still works after Keycloak's signing key was
 * withdrawn. Only successes are kept: a refused token is checked in full every time.
 */
@ApplicationScoped
public class VerifiedTokens {

  static final Duration LONGEST_KEPT = Duration.ofMinutes(5);
  static final int MAX_ENTRIES = 10_000;

  /** The caller as the JWT mechanism established it, to hand the container again. */
  public record Verified(Principal caller, Set<String> groups, Instant keptUntil) {}

  private final Map<String, Verified> byToken = new ConcurrentHashMap<>();
  private final Clock clock;

  public VerifiedTokens() {
    this(Clock.systemUTC());
  }

  VerifiedTokens(Clock clock) {
    this.clock = clock;
  }

  /** The caller of a token verified before and not yet expired. */
  public Optional<Verified> find(String token) {
    Verified known = byToken.get(token);
    if (known == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(known.keptUntil())) {
      byToken.remove(token, known);
      return Optional.empty();
    }
    return Optional.of(known);
  }

  /**
   * Keeps what the JWT mechanism established for a token it accepted. Callers that are not a {@link
   * JsonWebToken} carry no expiry and are not kept.
   */
  public void remember(String token, Principal caller, Set<String> groups) {
    if (!(caller instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0) {
      return;
    }
    Instant now = clock.instant();
    Instant expires = Instant.ofEpochSecond(jwt.getExpirationTime());
    Instant keptUntil = expires.isBefore(now.plus(LONGEST_KEPT)) ? expires : now.plus(LONGEST_KEPT);
    if (!now.isBefore(keptUntil)) {
      return;
    }
    if (byToken.size() >= MAX_ENTRIES) {
      byToken.values().removeIf(entry -> !now.isBefore(entry.keptUntil()));
      if (byToken.size() >= MAX_ENTRIES) {
        byToken.clear();
      }
    }
    byToken.put(
        token, new Verified(caller, groups == null ? Set.of() : Set.copyOf(groups), keptUntil));
  }

  int size() {
    return byToken.size();
  }
}
