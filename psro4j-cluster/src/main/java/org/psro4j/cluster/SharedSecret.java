package org.psro4j.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.psro4j.io.AtomicFiles;

/**
 * The run's shared secret (32 random bytes, hex, in a file of mode 600 in the run directory) and
 * the HMAC-SHA256 challenge members answer with it: the manager sends a fresh nonce, the member
 * returns HMAC(secret, nonce ‖ its own actor path), so a proof can be neither replayed nor relayed.
 */
public final class SharedSecret {

  /** The secret's file name inside a run directory. */
  public static final String FILE = "cluster.secret";

  private static final SecureRandom RANDOM = new SecureRandom();
  private final byte[] key;

  private SharedSecret(byte[] key) {
    this.key = key.clone();
  }

  /** Reads the secret in {@code dir} or, when there is none, writes a new one there (mode 600). */
  public static SharedSecret inRunDirectory(Path dir) {
    Path file = dir.resolve(FILE);
    if (Files.exists(file)) {
      return read(file);
    }
    SharedSecret s = fresh();
    s.write(file);
    return s;
  }

  /** A new random secret (in memory until {@link #write}). */
  public static SharedSecret fresh() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return new SharedSecret(key);
  }

  /** Writes this secret to {@code file} atomically, mode 600. */
  public void write(Path file) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Path tmp = AtomicFiles.newTempSibling(file);
      Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
      Files.writeString(tmp, HexFormat.of().formatHex(key) + "\n", StandardCharsets.US_ASCII);
      AtomicFiles.moveOver(tmp, file);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot write secret file " + file + ": " + e.getMessage());
    }
  }

  /** Reads a secret file, or throws naming the file and what is wrong with it. */
  public static SharedSecret read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read secret file " + file + ": " + e.getMessage());
    }
    try {
      byte[] key = HexFormat.of().parseHex(text);
      if (key.length < 16) {
        throw new IllegalArgumentException("secret file " + file + " holds fewer than 16 bytes");
      }
      return new SharedSecret(key);
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("secret file")) {
        throw e;
      }
      throw new IllegalArgumentException("secret file " + file + " is not hex");
    }
  }

  /** A secret from raw bytes (tests). */
  public static SharedSecret of(byte[] key) {
    return new SharedSecret(key);
  }

  /** A fresh challenge nonce. */
  public static byte[] nonce() {
    byte[] n = new byte[32];
    RANDOM.nextBytes(n);
    return n;
  }

  /** The proof a member holding this secret gives for {@code nonce} and its own actor path. */
  public byte[] prove(byte[] nonce, String memberPath) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(nonce);
      mac.update(memberPath.getBytes(StandardCharsets.UTF_8));
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /** A password for {@code purpose} derived from this secret (HMAC-SHA256, hex). */
  char[] derivePassword(String purpose) {
    return HexFormat.of().formatHex(prove(new byte[0], purpose)).toCharArray();
  }

  /** Whether {@code proof} is this secret's answer to {@code nonce} for {@code memberPath}. */
  public boolean verify(byte[] nonce, String memberPath, byte[] proof) {
    return proof != null && MessageDigest.isEqual(prove(nonce, memberPath), proof);
  }
}
