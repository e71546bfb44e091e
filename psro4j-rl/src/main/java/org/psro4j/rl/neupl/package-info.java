/**
 * NeuPL-JPSRO (Liu, Marris, Lanctot, Piliouras, Leibo, Heess, "Neural Population Learning beyond
 * Symmetric Zero-sum Games", AAMAS 2024): every player's population held by one conditional network
 * Π_θ(a | s, ν) indexed by learned strategy embeddings, its members as policy views, and the
 * distillation and regularisation that add best responses to it.
 */
package org.psro4j.rl.neupl;
