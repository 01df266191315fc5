package nl.wegwijzer.casework.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

  @Test
  void theDerivationIsHkdfExpandAsRfc5869TestCaseOneHasIt() {
    HexFormat hex = HexFormat.of();
    byte[] prk = hex.parseHex("077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5");
    byte[] info = hex.parseHex("f0f1f2f3f4f5f6f7f8f9");
    // the first 32 of the 42 bytes of OKM in the RFC
    assertEquals(
        "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf",
        hex.formatHex(FieldCipher.hkdfExpand(prk, info)));
  }

  @Test
  void aDerivedKeyDependsOnTheLabelAndTheCurrentKeyAndIsNotTheKeyItself() {
    byte[] raw = "a".repeat(32).getBytes();
    String k1 = "k1:" + Base64.getEncoder().encodeToString(raw);
    String k2 = "k2:" + Base64.getEncoder().encodeToString("b".repeat(32).getBytes());
    FieldCipher cipher = new FieldCipher(k1, "k1");
    byte[] derived = cipher.derivedKey("purpose one").getEncoded();
    assertEquals(32, derived.length);
    assertArrayEquals(
        derived, new FieldCipher(k1 + "," + k2, "k1").derivedKey("purpose one").getEncoded());
    assertFalse(Arrays.equals(derived, cipher.derivedKey("purpose two").getEncoded()));
    assertFalse(
        Arrays.equals(
            derived, new FieldCipher(k1 + "," + k2, "k2").derivedKey("purpose one").getEncoded()));
    assertFalse(Arrays.equals(derived, raw));
  }
}
