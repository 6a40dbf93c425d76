package dev.connectkit;

import java.util.List;
import java.util.Objects;

/**
 * The server's pre-flight check of a config ({@link ConnectorClient#validate(ConnectorConfig)}): invalid configs come
 * back as a result with errors, not as an exception.
 *
 * <!-- example: ConnectorClient client; ConnectorConfig config -->
 * <pre>{@code
 * ValidationResult result = client.validate(config);
 * if (!result.isValid()) {
 *   result.errors().forEach(e -> System.err.println(e));
 * }
 * result.throwIfInvalid();  // or fail with every error at once
 * }</pre>
 *
 * @param connectorClass the plugin that validated the config
 * @param errorCount the server's error count
 * @param errors one violation per error message, naming its property
 */
public record ValidationResult(String connectorClass, int errorCount, List<ConfigViolation> errors) {
  /** Checks that no component is null and copies the list. */
  public ValidationResult {
    Objects.requireNonNull(connectorClass, "connectorClass");
    errors = List.copyOf(errors);
  }

  /** Whether the server found no error. */
  public boolean isValid() {
    return errorCount == 0;
  }

  /**
   * Throws when the config is invalid.
   *
   * @throws ConnectorValidationException with every error
   */
  public void throwIfInvalid() {
    if (!isValid()) {
      throw new ConnectorValidationException(connectorClass + " config (validated by the server)", errors);
    }
  }
}
