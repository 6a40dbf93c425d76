@NullMarked
package dev.connectkit.spring.boot;

import org.jspecify.annotations.NullMarked;
