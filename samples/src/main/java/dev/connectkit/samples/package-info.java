/** ConnectKit samples. */
@NullMarked
package dev.connectkit.samples;

import org.jspecify.annotations.NullMarked;
