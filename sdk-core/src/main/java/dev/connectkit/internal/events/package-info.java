/**
 * A client's {@link dev.connectkit.ConnectorEventListener} wiring: the backend wrapper that reports each call, and the
 * reports of retries and waits.
 */
@NullMarked
package dev.connectkit.internal.events;

import org.jspecify.annotations.NullMarked;
