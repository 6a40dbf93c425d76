@NullMarked
package dev.connectkit.auth;

import org.jspecify.annotations.NullMarked;
