/** Machinery behind {@code dev.connectkit.auth}: the token cache, the Entra token endpoint, the Azure CLI. Not API. */
@NullMarked
package dev.connectkit.auth.internal;

import org.jspecify.annotations.NullMarked;
