/**
 * Tokens for {@code ConnectorClient} from any Azure Identity {@code TokenCredential}.
 *
 * <p>Exports {@code dev.connectkit.azure}; {@code com.azure.identity} (and with it {@code com.azure.core}) is required
 * transitively because {@code AzureTokenProvider.of(TokenCredential)} takes Azure's credential type.
 */
module dev.connectkit.azure {
  exports dev.connectkit.azure;

  requires transitive dev.connectkit;
  requires transitive com.azure.identity;
  requires static org.jspecify;
}
