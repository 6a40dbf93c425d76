package dev.connectkit.connectors;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What every sink shares: the topics it reads ({@code topics} or {@code topics.regex}, exactly one) and its dead
 * letter queue topic ({@code errors.deadletterqueue.topic.name}, default {@code dlq-${connector}}), which may not be
 * one of its own topics.
 *
 * <!-- example: SnowflakeSink.Builder builder -->
 * <pre>{@code
 * SnowflakeSink sink = builder   // placement, id, auth and Snowflake set
 *     .topics("orders", "payments")
 *     .deadLetterQueueTopic("orders-dlq")
 *     .build();
 * sink.topics();   // [orders, payments]
 * }</pre>
 */
public abstract class SinkConnector extends ManagedConnector {
  SinkConnector() {}

  /** {@code topics}: the topics read. Either this or {@link #topicsRegex()}. */
  public abstract List<String> topics();

  /** {@code topics.regex}: a Java regex of topics read. Either this or {@link #topics()}. */
  public abstract Optional<String> topicsRegex();

  /** {@code errors.deadletterqueue.topic.name}; may contain {@code ${connector}}. */
  public abstract Optional<String> deadLetterQueueTopic();

  /**
   * What every sink builder offers.
   *
   * @param <B> the concrete builder
   */
  public interface Builder<B extends Builder<B>> extends ManagedConnector.Builder<B> {
    /** Appends a topic. */
    B addTopic(String topic);

    /** {@code topics.regex}; {@code null} clears it. */
    B topicsRegex(@Nullable String topicsRegex);

    /** The dead letter queue topic; {@code null} clears it. */
    B deadLetterQueueTopic(@Nullable String deadLetterQueueTopic);
  }
}
