/** Internal: not public API. */
@NullMarked
package dev.connectkit.internal.wire;

import org.jspecify.annotations.NullMarked;
