@NullMarked
package dev.connectkit.samples.spring;

import org.jspecify.annotations.NullMarked;
