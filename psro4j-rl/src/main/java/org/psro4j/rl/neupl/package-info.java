/**
 * NeuPL-JPSRO (Liu, Marris, Lanctot, Piliouras, Leibo, Heess, "Neural Population Learning beyond
 * Symmetric Zero-sum Games", AAMAS 2024): every player's population held by one conditional network
 * Π_θ(a | s, ν) indexed by learned strategy embeddings, its members as policy views, and the
 * distillation and regularisation that add best responses to it; and the original symmetric
 * zero-sum NeuPL (Liu et al., ICLR 2022) on the same network ({@link org.psro4j.rl.neupl.Neupl}).
 */
package org.psro4j.rl.neupl;
