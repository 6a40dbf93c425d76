package dev.connectkit.benchmarks;

import java.io.Closeable;

/**
 * One way of making the benchmarked calls. Every method returns the fully decoded, typed answer (pause returns the
 * HTTP status it checked), so a contestant cannot win by skipping work; {@link DecodeCheck} proves it before a run.
 */
interface Contestant extends Closeable {
  /** {@code POST /connectors} with 20 properties; the created connector. */
  Object create() throws Exception;

  /** {@code GET /connectors/{name}}; the connector with its config. */
  Object get() throws Exception;

  /** {@code GET /connectors/{name}/status}; the status. */
  Object status() throws Exception;

  /** {@code GET /connectors?expand=status,info,id} for 100 connectors; every connector with its status. */
  Object list() throws Exception;

  /** {@code PUT /connectors/{name}/pause} → 202. */
  Object pause() throws Exception;

  @Override
  void close();

  /** Makes the contestant named {@code name} against the server at {@code baseUrl}. */
  static Contestant create(String name, String baseUrl) {
    switch (name) {
      case "floor":
        return new FloorContestant(baseUrl);
      case "retrofit":
        return new RetrofitContestant(baseUrl);
      case "sdk":
        return new SdkContestant(baseUrl);
      case "sdk-observed":
        return SdkContestant.observed(baseUrl);
      case "sdk-metered":
        return SdkContestant.metered(baseUrl);
      case "kc-sdk":
        return new KafkaConnectSdkContestant(baseUrl);
      case "peer":
        return new PeerContestant(baseUrl);
      default:
        throw new IllegalArgumentException("unknown contestant " + name);
    }
  }
}
