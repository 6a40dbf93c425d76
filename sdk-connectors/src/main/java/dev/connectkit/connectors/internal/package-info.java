/** Machinery of the typed connector configs: schemas, codecs, validation. Not public API. */
@NullMarked
package dev.connectkit.connectors.internal;

import org.jspecify.annotations.NullMarked;
