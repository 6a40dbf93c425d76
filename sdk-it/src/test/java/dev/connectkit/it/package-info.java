/** The SDK against a real Kafka Connect worker. */
@NullMarked
package dev.connectkit.it;

import org.jspecify.annotations.NullMarked;
