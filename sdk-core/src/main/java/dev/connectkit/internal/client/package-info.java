/**
 * What sits behind the {@link dev.connectkit.ConnectorClient} facade: the runtime assembled from its builder, the
 * operations' logic (create resolution, state checks) and the auto-restart policy's runner.
 */
@NullMarked
package dev.connectkit.internal.client;

import org.jspecify.annotations.NullMarked;
