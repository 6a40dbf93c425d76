@NullMarked
package dev.connectkit.azure;

import org.jspecify.annotations.NullMarked;
