/**
 * Bindings to MuJoCo 2.2.2 ({@code libmujoco.so.2.2.2}) with {@code java.lang.foreign}: load an
 * MJCF model, make, reset and step data, read {@code qpos}, {@code qvel}, {@code sensordata} and
 * body positions, write {@code ctrl}. Native memory is owned by arenas and freed on {@code
 * close()}. Needs {@code --enable-native-access=ALL-UNNAMED}.
 */
package org.psro4j.mujoco.ffi;
