package dev.connectkit;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

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
 * <p>Only the SDK creates validation results (from the server's answers).
 */
public final class ValidationResult {
  private final String connectorClass;
  private final int errorCount;
  private final List<ConfigViolation> errors;

  ValidationResult(String connectorClass, int errorCount, List<ConfigViolation> errors) {
    this.connectorClass = Objects.requireNonNull(connectorClass, "connectorClass");
    this.errorCount = errorCount;
    this.errors = List.copyOf(errors);
  }

  /** The plugin that validated the config. */
  public String connectorClass() {
    return connectorClass;
  }

  /** The server's error count. */
  public int errorCount() {
    return errorCount;
  }

  /** One violation per error message, naming its property. */
  public List<ConfigViolation> errors() {
    return errors;
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

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof ValidationResult)) {
      return false;
    }
    ValidationResult that = (ValidationResult) o;
    return connectorClass.equals(that.connectorClass) && errorCount == that.errorCount && errors.equals(that.errors);
  }

  @Override
  public int hashCode() {
    return Objects.hash(connectorClass, errorCount, errors);
  }

  @Override
  public String toString() {
    return "ValidationResult[connectorClass=" + connectorClass + ", errorCount=" + errorCount + ", errors=" + errors
        + "]";
  }
}
