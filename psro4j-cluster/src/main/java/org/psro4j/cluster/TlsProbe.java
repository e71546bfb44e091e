package org.psro4j.cluster;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Tells a joining member why a member at an address does not answer it when the cause is a TLS
 * mismatch, which Pekko's transport shows only as silence (the other side closes the connection):
 * one TLS 1.3 handshake on a plain socket shows whether the address speaks TLS at all, whether its
 * certificate is the one in the member's credentials, and whether it accepts the member's. The
 * probe sends no Pekko frame and no secret; the other side sees a connection that closes.
 */
public final class TlsProbe {

  private static final int TIMEOUT_MILLIS = 5_000;

  /** How long an accepted handshake waits for a refusal: the alert follows within milliseconds. */
  private static final int AFTER_HANDSHAKE_MILLIS = 2_000;

  private TlsProbe() {}

  /**
   * Why a member with {@code credentials} (null: plain TCP) cannot talk to {@code host:port}, when
   * TLS is the reason; null when nothing listens there, when the two agree, or when the probe
   * cannot tell.
   */
  public static String mismatch(String host, int port, TlsCredentials credentials) {
    Recorder trust = new Recorder(credentials == null ? null : credentials.trustManager());
    try (Socket raw = new Socket()) {
      try {
        raw.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
        raw.setSoTimeout(TIMEOUT_MILLIS);
      } catch (IOException e) {
        return null; // nothing listens: not a TLS matter
      }
      SSLContext ctx = SSLContext.getInstance("TLSv1.3");
      ctx.init(
          credentials == null ? null : credentials.keyManagers(),
          new TrustManager[] {trust},
          new SecureRandom());
      boolean handshaken = false;
      try (SSLSocket tls =
          (SSLSocket) ctx.getSocketFactory().createSocket(raw, host, port, false)) {
        tls.setEnabledProtocols(new String[] {"TLSv1.3"});
        tls.setUseClientMode(true);
        tls.startHandshake();
        handshaken = true;
        tls.setSoTimeout(AFTER_HANDSHAKE_MILLIS);
        // TLS 1.3 finishes the client's side first: a refused client certificate comes as an
        // alert on the first read, while an accepted one meets silence (the server awaits frames).
        tls.getInputStream().read();
        return null;
      } catch (SocketTimeoutException e) {
        return handshaken ? verdict(trust, credentials, true) : verdict(trust, credentials, false);
      } catch (IOException e) {
        // After a handshake only an alert (an SSLException) means the certificate was refused.
        return handshaken && !(e instanceof javax.net.ssl.SSLException)
            ? null
            : verdict(trust, credentials, false);
      }
    } catch (IOException | GeneralSecurityException e) {
      return null;
    }
  }

  private static String verdict(Recorder trust, TlsCredentials credentials, boolean accepted) {
    if (!trust.seen) {
      return plainVerdict(credentials);
    }
    if (credentials == null) {
      return "it uses TLS: give this member the run's credentials, --tls RUN/"
          + TlsCredentials.FILE;
    }
    if (trust.rejected) {
      return "its TLS certificate is not the one in --tls (credentials of another run?)";
    }
    return accepted
        ? null
        : "it refused this member's TLS certificate (credentials of another run?)";
  }

  private static String plainVerdict(TlsCredentials credentials) {
    return credentials == null ? null : "it does not use TLS: start this member without --tls";
  }

  /** Notes whether the server presented a certificate and whether the run's trust refused it. */
  private static final class Recorder implements X509TrustManager {
    private final X509TrustManager delegate;
    volatile boolean seen;
    volatile boolean rejected;

    Recorder(X509TrustManager delegate) {
      this.delegate = delegate;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      seen = true;
      if (delegate != null) {
        try {
          delegate.checkServerTrusted(chain, authType);
        } catch (CertificateException e) {
          rejected = true;
          throw e;
        }
      }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      throw new CertificateException("a probe is never a server");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
