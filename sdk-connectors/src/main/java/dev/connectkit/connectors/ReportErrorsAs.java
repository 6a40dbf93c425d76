package dev.connectkit.connectors;

/**
 * {@code report.errors.as}: what an HTTP V2 connector writes to its error topic.
 *
 * <!-- example: HttpSinkV2.Builder builder -->
 * <pre>{@code
 * builder.reportErrorsAs(ReportErrorsAs.HTTP_RESPONSE);
 * }</pre>
 */
public enum ReportErrorsAs {
  /** A readable error string (default). */
  ERROR_STRING("Error string"),
  /** The raw HTTP response body. */
  HTTP_RESPONSE("Http response");

  private final String wire;

  ReportErrorsAs(String wire) {
    this.wire = wire;
  }

  /** The value sent, with its space. */
  @Override
  public String toString() {
    return wire;
  }
}
