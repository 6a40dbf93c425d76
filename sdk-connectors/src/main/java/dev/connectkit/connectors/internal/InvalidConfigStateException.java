package dev.connectkit.connectors.internal;

import dev.connectkit.ConfigViolation;
import dev.connectkit.ConnectorValidationException;
import java.util.List;

/** What the generated builders throw instead of a raw library exception (a null argument, an impossible state). */
public final class InvalidConfigStateException extends ConnectorValidationException {
  private static final long serialVersionUID = 1L;

  /** Called by the generated code with its message. */
  public InvalidConfigStateException(String message) {
    super("connector config", List.of(ConfigViolation.of("builder", message, null, "a non-null value")));
  }
}
