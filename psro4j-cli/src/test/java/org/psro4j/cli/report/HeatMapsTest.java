package org.psro4j.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Heat maps draw every finite value, including those a rounding error below the scale's end. */
class HeatMapsTest {

  @Test
  void aPayoffJustBelowTheScalesTopIsDrawn() throws IOException {
    // max |v| is 2 - 2^-52, whose nice ceiling is 2: XChart's ratio (v + 2) / 4 rounds to 1.
    double[][] values = {{Math.nextDown(2.0), -1}, {0.5, 0}};
    BufferedImage image =
        ImageIO.read(new ByteArrayInputStream(HeatMaps.payoffs("t", "r", "c", values)));
    assertThat(image.getWidth()).isEqualTo(Plots.WIDTH);
  }

  @Test
  void aWeightJustBelowOneIsDrawn() throws IOException {
    double[][] values = {{Math.nextDown(1.0), 0}, {0, 1}};
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(HeatMaps.weights("t", values)));
    assertThat(image.getWidth()).isEqualTo(Plots.WIDTH);
  }
}
