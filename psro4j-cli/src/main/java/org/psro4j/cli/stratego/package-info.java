/** {@code psro4j stratego}: Barrage Stratego runs against the built-in bots, and game traces. */
package org.psro4j.cli.stratego;
