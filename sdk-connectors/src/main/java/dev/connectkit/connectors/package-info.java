/** ConnectKit sdk-connectors. */
@NullMarked
package dev.connectkit.connectors;

import org.jspecify.annotations.NullMarked;
