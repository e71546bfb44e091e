package org.psro4j.cli.report;

import org.ojalgo.matrix.decomposition.SingularValue;
import org.ojalgo.matrix.store.MatrixStore;
import org.ojalgo.matrix.store.R064Store;

/**
 * A 2-D principal-component projection of strategy embeddings (Pearson 1901): the rows are centred,
 * decomposed by ojAlgo's singular value decomposition, and projected on the two leading right
 * singular vectors, each signed so that its largest loading is positive (the picture does not flip
 * between runs). Cost O(k·d·min(k, d)) for k embeddings of size d.
 *
 * @param points each embedding's two coordinates
 * @param explained the share of the total variance along each of the two axes
 */
public record EmbeddingProjection(double[][] points, double[] explained) {

  /** The projection of {@code embeddings} (one row each, all of the same size, at least one). */
  public static EmbeddingProjection of(float[][] embeddings) {
    int k = embeddings.length;
    if (k == 0) {
      throw new IllegalArgumentException("no embeddings to project");
    }
    int d = embeddings[0].length;
    double[] mean = new double[d];
    for (float[] row : embeddings) {
      if (row.length != d) {
        throw new IllegalArgumentException("embeddings of sizes " + d + " and " + row.length);
      }
      for (int j = 0; j < d; j++) {
        mean[j] += row[j] / (double) k;
      }
    }
    R064Store x = R064Store.FACTORY.make(k, d);
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < d; j++) {
        x.set(i, j, embeddings[i][j] - mean[j]);
      }
    }
    double[][] points = new double[k][2];
    double[] explained = new double[2];
    if (k < 2) {
      return new EmbeddingProjection(points, explained);
    }
    SingularValue<Double> svd = SingularValue.R064.make(x);
    if (!svd.decompose(x)) {
      throw new IllegalStateException("the SVD of " + k + " embeddings did not converge");
    }
    MatrixStore<Double> v = svd.getV();
    double[] s = svd.getSingularValues().toRawCopy1D();
    double total = 0;
    for (double value : s) {
      total += value * value;
    }
    for (int c = 0; c < Math.min(2, s.length); c++) {
      int largest = 0;
      for (int j = 0; j < d; j++) {
        if (Math.abs(v.get(j, c)) > Math.abs(v.get(largest, c))) {
          largest = j;
        }
      }
      double sign = v.get(largest, c) < 0 ? -1 : 1;
      for (int i = 0; i < k; i++) {
        double dot = 0;
        for (int j = 0; j < d; j++) {
          dot += x.get(i, j) * v.get(j, c);
        }
        points[i][c] = sign * dot;
      }
      explained[c] = total > 0 ? s[c] * s[c] / total : 0;
    }
    return new EmbeddingProjection(points, explained);
  }
}
