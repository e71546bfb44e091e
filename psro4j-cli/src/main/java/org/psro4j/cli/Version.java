package org.psro4j.cli;

import picocli.CommandLine;

/** The psro4j version, read from the jar manifest when packaged. */
public final class Version implements CommandLine.IVersionProvider {

  /** The version string. */
  public static String get() {
    String v = Version.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0-SNAPSHOT" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"psro4j " + get()};
  }
}
