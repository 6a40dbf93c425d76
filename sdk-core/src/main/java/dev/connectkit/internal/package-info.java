/** Machinery behind {@link dev.connectkit.ConnectorClient}; not public API, may change in any release. */
@NullMarked
package dev.connectkit.internal;

import org.jspecify.annotations.NullMarked;
