/**
 * Commands that move policies between psro4j and other tools: {@code export} and {@code import}.
 */
package org.psro4j.cli.interop;
