package dev.connectkit.plan.yaml.internal;

import java.util.List;

/**
 * Every key the connector-set format accepts, per level. The loader refuses any other key, and a test holds the
 * JSON Schema ({@code connector-set.schema.json}) to exactly these lists.
 */
public final class Keys {
  private Keys() {}

  /** The format identifier a file must carry under {@code format}. */
  public static final String FORMAT = "connectkit/v1";

  /** Top level. */
  public static final List<String> TOP = List.of("format", "set", "placement", "connectors");

  /** Under {@code placement}. */
  public static final List<String> PLACEMENT = List.of("businessUnit", "landingZone");

  /** One entry of {@code connectors}. */
  public static final List<String> CONNECTOR =
      List.of("id", "name", "class", "type", "state", "protect", "secretsVersion", "config", "secrets", "remove");

  /** One secret reference under {@code secrets}. */
  public static final List<String> SECRET = List.of("env", "file", "unknown");

  /** Values of {@code state}. */
  public static final List<String> STATES = List.of("running", "paused", "stopped");

  /** Values of {@code type}. */
  public static final List<String> TYPES = List.of("source", "sink");
}
