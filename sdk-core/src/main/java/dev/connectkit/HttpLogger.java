package dev.connectkit;

/**
 * Receives one line per HTTP exchange: method, URL, status, duration and request id. Lines never contain a
 * header value of {@code Authorization}, a request body or a secret.
 *
 * <!-- example: String url; Placement placement; org.slf4j.Logger log -->
 * <pre>{@code
 * ConnectorClient client = ConnectorClient.builder()
 *     .selfService(url, placement)
 *     .httpLogger(line -> log.debug(line))
 *     .build();
 * // PUT https://…/sales/dev/connectors/sales-dev-orders-connector/pause -> 202 (12 ms, request id 7f3a…)
 * }</pre>
 */
@FunctionalInterface
public interface HttpLogger {
  /** Logs one line. */
  void log(String line);
}
