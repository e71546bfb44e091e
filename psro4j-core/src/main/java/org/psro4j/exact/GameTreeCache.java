package org.psro4j.exact;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.psro4j.game.Game;

/**
 * The trees of the last few games, by canonical game string; PSRO and the CLI ask for the same tree
 * again and again. When full it starts over, which is cheap next to building a tree.
 */
final class GameTreeCache {

  private static final int CAPACITY = 8;
  private static final Map<String, GameTree> TREES = new ConcurrentHashMap<>();

  private GameTreeCache() {}

  static GameTree get(Game game) {
    String key = game.toString();
    GameTree tree = TREES.get(key);
    if (tree != null) {
      return tree;
    }
    tree = GameTree.build(game);
    if (TREES.size() >= CAPACITY) {
      TREES.clear();
    }
    GameTree raced = TREES.putIfAbsent(key, tree);
    return raced != null ? raced : tree;
  }
}
