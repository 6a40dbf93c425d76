/** Internal: not public API. */
@NullMarked
package dev.connectkit.internal.kafkaconnect;

import org.jspecify.annotations.NullMarked;
