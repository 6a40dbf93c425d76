/**
 * A stateful fake of the connector API on MockWebServer, and a JUnit 5 extension that starts one per test.
 *
 * <p>Only {@code dev.connectkit.testing} is exported. The JUnit Jupiter API is required transitively because {@code
 * FakeConnectorApiExtension} implements its extension interfaces.
 */
module dev.connectkit.testing {
  exports dev.connectkit.testing;

  requires transitive dev.connectkit;
  requires dev.connectkit.connectors;
  requires transitive org.junit.jupiter.api;
  requires org.junit.platform.commons;
  requires mockwebserver3;
  requires okio;
  requires com.squareup.moshi;
  requires static org.jspecify;
}
