/** What sits behind the {@link dev.connectkit.ConnectorClient} facade: the runtime assembled from its builder, and the operations' logic (create resolution, state checks). */
@NullMarked
package dev.connectkit.internal.client;

import org.jspecify.annotations.NullMarked;
