package dev.connectkit.spring.boot;

import dev.connectkit.ConnectorClient;

/**
 * Changes the {@link ConnectorClient.Builder} the auto-configuration fills from {@code connectkit.*} before it builds the
 * {@code ConnectorClient} bean: a retry policy, an HTTP logger, an OkHttpClient of the application's. Every customizer
 * bean is applied, in {@code @Order}.
 *
 * <pre>{@code
 * @Bean
 * ConnectorClientCustomizer retries() {
 *   return builder -> builder.retryPolicy(RetryPolicy.builder().maxAttempts(5).build());
 * }
 * }</pre>
 */
@FunctionalInterface
public interface ConnectorClientCustomizer {
  /** Changes {@code builder}. */
  void customize(ConnectorClient.Builder builder);
}
