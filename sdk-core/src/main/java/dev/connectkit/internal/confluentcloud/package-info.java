/** Internal: not public API. */
@NullMarked
package dev.connectkit.internal.confluentcloud;

import org.jspecify.annotations.NullMarked;
