package dev.connectkit;

import java.util.List;
import java.util.Locale;

/**
 * The stage of a business unit's environment: {@code dev}, {@code qas} or {@code run}.
 *
 * <!-- example runs -->
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
   * The stage named {@code text}, ignoring surrounding spaces and ASCII letter case ({@code "QAS"} is {@link #QAS};
   * a non-ASCII look-alike such as the long s, U+017F, is not).
   *
   * @throws ConnectorValidationException on property {@code stage}, naming the valid stages
   */
  public static Stage parse(String text) {
    String trimmed = text.trim();
    for (Stage stage : values()) {
      if (asciiEqualsIgnoreCase(stage.id(), trimmed)) {
        return stage;
      }
    }
    throw new ConnectorValidationException(
        "stage", List.of(ConfigViolation.of("stage", "is not a known stage", text, "one of dev, qas, run")));
  }

  private static boolean asciiEqualsIgnoreCase(String lower, String text) {
    if (lower.length() != text.length()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != lower.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return id();
  }
}
