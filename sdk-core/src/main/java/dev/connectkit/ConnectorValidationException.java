package dev.connectkit;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A config or name breaks one or more rules: every violation at once, each naming the property, the rule, the value
 * (secrets as {@code ****}) and what would be valid. Thrown by the typed builders at {@code build()}, by naming, by
 * {@link ConnectorClient#validate(ConnectorConfig)} callers that ask for it, and for HTTP 400/422 responses.
 *
 * <!-- example runs -->
 * <pre>{@code
 * try {
 *   ConnectorName.of(Placement.dedicated("sales", Stage.DEV), "orders/v2");
 * } catch (ConnectorValidationException e) {
 *   e.violations().forEach(v -> System.err.println(v));
 * }
 * }</pre>
 */
public class ConnectorValidationException extends ConnectorException {
  private static final long serialVersionUID = 1L;

  private final List<ConfigViolation> violations;

  /** A client-side validation failure. */
  public ConnectorValidationException(String subject, List<ConfigViolation> violations) {
    super(describe(subject, violations));
    this.violations = List.copyOf(violations);
  }

  /** A validation failure the server reported (HTTP 400/422, or validate with errors). */
  public ConnectorValidationException(
      int statusCode,
      @Nullable String errorCode,
      String serverMessage,
      @Nullable String requestId,
      List<ConfigViolation> violations) {
    super(statusCode, errorCode, serverMessage, requestId);
    this.violations = List.copyOf(violations);
  }

  private static String describe(String subject, List<ConfigViolation> violations) {
    return subject
        + " is invalid ("
        + violations.size()
        + (violations.size() == 1 ? " violation" : " violations")
        + "):\n  "
        + violations.stream().map(ConfigViolation::toString).collect(Collectors.joining("\n  "));
  }

  /** Every violation, in the order found; may be empty for a server 400 without per-property detail. */
  public List<ConfigViolation> violations() {
    return violations;
  }
}
