package dev.connectkit.testing.internal;

/**
 * Why the {@link ConnectorStore} refused an operation, in no target's wire shape: each target turns the kind into its
 * own status code and error body (Kafka Connect answers an unknown plugin 400, Connect v1 500).
 */
public final class Refusal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Kind {
    /** The request or the config is invalid. */
    INVALID,
    /** No plugin of that {@code connector.class}. */
    UNKNOWN_PLUGIN,
    /** A connector of that name exists. */
    DUPLICATE
  }

  public final Kind kind;
  /** The message for the error body. */
  public final String reason;

  Refusal(Kind kind, String reason) {
    super(reason, null, false, false);
    this.kind = kind;
    this.reason = reason;
  }
}
