package org.psro4j.cluster;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import org.apache.pekko.remote.artery.tcp.SSLEngineProvider;
import scala.Option;

/**
 * Artery's TLS engines for a run's members (transport {@code tls-tcp}): TLS 1.3 both ways, the
 * server side requiring the client's certificate, both sides presenting and trusting only the run's
 * certificate ({@link TlsCredentials}). Host names are not checked: members are found by address,
 * and the one certificate is the run's identity.
 */
final class TlsEngines implements SSLEngineProvider {

  private static final String[] PROTOCOLS = {"TLSv1.3"};
  private final SSLContext context;

  TlsEngines(TlsCredentials credentials) {
    this.context = credentials.sslContext();
  }

  @Override
  public SSLEngine createServerSSLEngine(String hostname, int port) {
    SSLEngine e = engine(hostname, port);
    e.setUseClientMode(false);
    e.setNeedClientAuth(true);
    return e;
  }

  @Override
  public SSLEngine createClientSSLEngine(String hostname, int port) {
    SSLEngine e = engine(hostname, port);
    e.setUseClientMode(true);
    return e;
  }

  private SSLEngine engine(String hostname, int port) {
    SSLEngine e = context.createSSLEngine(hostname, port);
    SSLParameters p = e.getSSLParameters();
    p.setProtocols(PROTOCOLS);
    e.setSSLParameters(p);
    return e;
  }

  @Override
  public Option<Throwable> verifyClientSession(String hostname, SSLSession session) {
    return Option.empty();
  }

  @Override
  public Option<Throwable> verifyServerSession(String hostname, SSLSession session) {
    return Option.empty();
  }
}
