package dev.connectkit.internal.client;

/** Which API a client speaks. */
public enum TargetKind {
  SELF_SERVICE,
  CONFLUENT_CLOUD,
  KAFKA_CONNECT;

  /**
   * Whether a status read shows every change made before it (Kafka Connect). The managed targets may serve a read
   * from before a change for a while, so there a pause or resume is sent even when a read says it is not needed: a
   * stale PAUSED must not turn a pause right after a resume into a no-op.
   */
  public boolean readsAreFresh() {
    return this == KAFKA_CONNECT;
  }
}
