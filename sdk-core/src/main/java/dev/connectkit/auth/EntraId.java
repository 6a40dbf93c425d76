package dev.connectkit.auth;

/**
 * Microsoft Entra ID facts the token providers default to: the Self-Service API's resource and the public cloud's
 * authority host.
 *
 * <!-- example runs -->
 * <pre>{@code
 * TokenProvider tokens = AzureCliTokenProvider.builder()
 *     .resource(EntraId.SELF_SERVICE_RESOURCE)
 *     .build();
 * }</pre>
 */
public final class EntraId {
  /** The application ID URI of the Confluent Self-Service API, the resource its access tokens are issued for. */
  public static final String SELF_SERVICE_RESOURCE = "api://a04e29d3-8f55-44c3-8f9d-15172eab76a9";

  /** The authority host of the Azure public cloud. */
  public static final String PUBLIC_CLOUD_AUTHORITY = "https://login.microsoftonline.com/";

  private EntraId() {}

  /**
   * The client-credentials scope of {@code resource}: {@code api://…/.default}, the application permissions granted to
   * the caller on that resource.
   */
  public static String defaultScope(String resource) {
    return resource.endsWith("/") ? resource + ".default" : resource + "/.default";
  }
}
