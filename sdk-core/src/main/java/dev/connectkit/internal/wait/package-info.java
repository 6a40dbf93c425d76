/** Waits for transitions: the acceptor tables of each operation and the poll engine that runs them. */
@NullMarked
package dev.connectkit.internal.wait;

import org.jspecify.annotations.NullMarked;
