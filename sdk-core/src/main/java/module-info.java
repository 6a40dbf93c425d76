/**
 * ConnectKit's core: {@link dev.connectkit.ConnectorClient} and its model, errors, waits and watches, and the token
 * providers in {@code dev.connectkit.auth}.
 *
 * <p>Only {@code dev.connectkit} and {@code dev.connectkit.auth} are exported; the {@code internal} packages are not
 * part of the API and may change in any release. OkHttp is required transitively because {@code
 * ConnectorClient.Builder.okHttpClient(OkHttpClient)} takes one.
 */
module dev.connectkit {
  exports dev.connectkit;
  exports dev.connectkit.auth;
  // CredentialKeys and ConfigMaps: the credential-key predicate and the wire map, shared with the typed builders.
  // Only the shared helpers stay in dev.connectkit.internal; the machinery lives in internal.{http,wait,watch,backend,wire}.
  exports dev.connectkit.internal to dev.connectkit.connectors, dev.connectkit.plan;

  requires transitive okhttp3;
  requires okio;
  requires retrofit2;
  requires retrofit2.converter.moshi;
  requires com.squareup.moshi;
  requires static org.jspecify;

  // Moshi's reflective adapters read and write the private fields of the wire DTOs.
  opens dev.connectkit.internal.wire to com.squareup.moshi;
}
