package dev.connectkit.connectors;

/**
 * What a connector does when a request or file fails after its retries ({@code behavior.on.error} of the HTTP V2
 * connectors, {@code ui.behavior.on.error} of S3 Source).
 *
 * <!-- example: HttpSinkV2.Builder builder -->
 * <pre>{@code
 * builder.behaviorOnError(BehaviorOnError.IGNORE);
 * }</pre>
 */
public enum BehaviorOnError {
  /** Stop the task (default). */
  FAIL,
  /** Report the failure and go on. */
  IGNORE
}
