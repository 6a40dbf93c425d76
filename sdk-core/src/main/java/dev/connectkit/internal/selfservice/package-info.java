/** Internal: not public API. */
@NullMarked
package dev.connectkit.internal.selfservice;

import org.jspecify.annotations.NullMarked;
