package nl.wegwijzer.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

  private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

  /** A verified token as the JWT mechanism hands it over: a name and an expiry claim. */
  private record Token(String name, Instant expires) implements JsonWebToken {
    @Override
    public String getName() {
      return name;
    }

    @Override
    public Set<String> getClaimNames() {
      return Set.of("exp");
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
      return "exp".equals(claimName) ? (T) Long.valueOf(expires.getEpochSecond()) : null;
    }
  }

  private final MovableClock clock = new MovableClock(NOW);
  private final VerifiedTokens tokens = new VerifiedTokens(clock);

  @Test
  void aVerifiedTokenIsFoundWithItsCallerAndGroupsUntilItExpires() {
    Token caller = new Token("coordinator-zeeland", NOW.plusSeconds(60));
    tokens.remember("Bearer a.b.c", caller, Set.of("coordinator"));

    VerifiedTokens.Verified found = tokens.find("Bearer a.b.c").orElseThrow();
    assertSame(caller, found.caller());
    assertEquals(Set.of("coordinator"), found.groups());

    clock.now = NOW.plusSeconds(59);
    assertTrue(tokens.find("Bearer a.b.c").isPresent());
    clock.now = NOW.plusSeconds(60);
    assertTrue(tokens.find("Bearer a.b.c").isEmpty(), "expired at its exp claim");
    assertEquals(0, tokens.size(), "an expired entry is dropped when met");
  }

  @Test
  void onlyTheExactTokenStringIsFound() {
    tokens.remember("Bearer a.b.c", new Token("x", NOW.plusSeconds(60)), Set.of());
    assertTrue(tokens.find("Bearer a.b.C").isEmpty());
    assertTrue(tokens.find("Bearer a.b.c ").isEmpty());
  }

  @Test
  void noTokenIsKeptLongerThanTheLongestKeptEvenIfItLivesLonger() {
    tokens.remember("Bearer long", new Token("x", NOW.plus(Duration.ofHours(10))), Set.of());
    clock.now = NOW.plus(VerifiedTokens.LONGEST_KEPT).minusSeconds(1);
    assertTrue(tokens.find("Bearer long").isPresent());
    clock.now = NOW.plus(VerifiedTokens.LONGEST_KEPT);
    assertTrue(tokens.find("Bearer long").isEmpty());
  }

  @Test
  void callersWithoutAnExpiryAndExpiredTokensAreNotKept() {
    Principal plain = () -> "someone";
    tokens.remember("Bearer plain", plain, Set.of());
    tokens.remember("Bearer old", new Token("x", NOW.minusSeconds(1)), Set.of());
    tokens.remember("Bearer none", new Token("x", Instant.EPOCH), Set.of());
    assertEquals(0, tokens.size());
  }

  @Test
  void theCacheStaysBoundedDroppingExpiredEntriesFirst() {
    for (int i = 0; i < VerifiedTokens.MAX_ENTRIES - 1; i++) {
      tokens.remember("Bearer short" + i, new Token("x", NOW.plusSeconds(10)), Set.of());
    }
    tokens.remember("Bearer keep", new Token("x", NOW.plusSeconds(100)), Set.of());
    clock.now = NOW.plusSeconds(20);
    tokens.remember("Bearer new", new Token("y", NOW.plusSeconds(100)), Set.of());
    assertEquals(2, tokens.size());
    assertTrue(tokens.find("Bearer keep").isPresent());
    assertTrue(tokens.find("Bearer new").isPresent());
  }
}
