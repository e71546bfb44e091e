package org.psro4j.cluster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.psro4j.io.AtomicFiles;

/**
 * A cluster run's TLS credentials: one self-signed certificate (EC P-256, made with BouncyCastle)
 * and its key in a PKCS12 keystore, file {@value #FILE} of mode 600 in the run directory. Every
 * member presents that certificate and trusts only it (mutual TLS), so a process without the file
 * cannot even open a connection to the run's members. The keystore's password is derived from the
 * run's {@link SharedSecret}: the file opens only together with the secret of its run.
 */
public final class TlsCredentials {

  /** The credentials' file name inside a run directory. */
  public static final String FILE = "cluster.p12";

  private static final String ALIAS = "psro4j-run";
  private static final SecureRandom RANDOM = new SecureRandom();
  private final KeyStore store;
  private final char[] password;

  private TlsCredentials(KeyStore store, char[] password) {
    this.store = store;
    this.password = password.clone();
  }

  /** New credentials of a run whose secret is {@code secret} (in memory until {@link #write}). */
  public static TlsCredentials generate(SharedSecret secret) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
      KeyPair pair = g.generateKeyPair();
      X500Name name = new X500Name("CN=psro4j cluster run");
      Instant now = Instant.now();
      var builder =
          new JcaX509v3CertificateBuilder(
              name,
              new BigInteger(128, RANDOM),
              Date.from(now.minus(Duration.ofDays(1))),
              Date.from(now.plus(Duration.ofDays(3650))),
              name,
              pair.getPublic());
      var signer = new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate());
      X509Certificate cert =
          new JcaX509CertificateConverter().getCertificate(builder.build(signer));
      char[] password = secret.derivePassword("psro4j tls keystore");
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(ALIAS, pair.getPrivate(), password, new X509Certificate[] {cert});
      return new TlsCredentials(store, password);
    } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
      throw new IllegalStateException("cannot make TLS credentials: " + e.getMessage(), e);
    }
  }

  /**
   * Reads credentials written by {@link #write}, or throws {@link IllegalArgumentException} naming
   * the file when it cannot be read or does not open with {@code secret}.
   */
  public static TlsCredentials read(Path file, SharedSecret secret) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read TLS credentials " + file + ": " + e.getMessage());
    }
    char[] password = secret.derivePassword("psro4j tls keystore");
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(new ByteArrayInputStream(bytes), password);
      if (!store.isKeyEntry(ALIAS)) {
        throw new IllegalArgumentException("TLS credentials " + file + " hold no psro4j run key");
      }
      store.getKey(ALIAS, password);
      return new TlsCredentials(store, password);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "TLS credentials "
              + file
              + " do not open with the run's secret (a file of another run, or not a keystore)");
    }
  }

  /** Writes the keystore to {@code file} atomically, mode 600. */
  public void write(Path file) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      store.store(out, password);
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Path tmp = AtomicFiles.newTempSibling(file);
      Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
      Files.write(tmp, out.toByteArray());
      AtomicFiles.moveOver(tmp, file);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "cannot write TLS credentials " + file + ": " + e.getMessage());
    }
  }

  /** The run's certificate (the one every member presents and trusts). */
  public X509Certificate certificate() {
    try {
      return (X509Certificate) store.getCertificate(ALIAS);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Key managers presenting the run's key. */
  javax.net.ssl.KeyManager[] keyManagers() throws GeneralSecurityException {
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(store, password);
    return kmf.getKeyManagers();
  }

  /** A TLS context presenting the run's key and trusting the run's certificate only. */
  SSLContext sslContext() {
    try {
      SSLContext ctx = SSLContext.getInstance("TLSv1.3");
      ctx.init(keyManagers(), new TrustManager[] {trustManager()}, RANDOM);
      return ctx;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot set up TLS: " + e.getMessage(), e);
    }
  }

  /** Trusts the run's certificate and no other. */
  X509TrustManager trustManager() {
    try {
      KeyStore trusted = KeyStore.getInstance("PKCS12");
      trusted.load(null, null);
      trusted.setCertificateEntry(ALIAS, certificate());
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trusted);
      return (X509TrustManager) tmf.getTrustManagers()[0];
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
