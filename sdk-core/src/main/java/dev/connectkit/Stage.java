package dev.connectkit;

import java.util.Locale;

/**
 * The stage of a business unit's environment: {@code dev}, {@code qas} or {@code run}.
 *
 * <pre>{@code
 * Placement qas = Placement.dedicated("sales", Stage.DEV).withStage(Stage.QAS);
 * Stage parsed = Stage.parse("run");
 * }</pre>
 */
public enum Stage {
  /** Development. */
  DEV,
  /** Quality assurance / staging. */
  QAS,
  /** Production. */
  RUN;

  private final String id = name().toLowerCase(Locale.ROOT);

  /** The lowercase form used in names and paths: {@code dev}, {@code qas}, {@code run}. */
  public String id() {
    return id;
  }

  /**
   * The stage named {@code text}, case-insensitively.
   *
   * @throws IllegalArgumentException naming the valid stages
   */
  public static Stage parse(String text) {
    for (Stage stage : values()) {
      if (stage.id().equalsIgnoreCase(text.trim())) {
        return stage;
      }
    }
    throw new IllegalArgumentException("stage must be one of dev, qas, run (was '" + text + "')");
  }

  @Override
  public String toString() {
    return id();
  }
}
