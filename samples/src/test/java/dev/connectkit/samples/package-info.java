/** Tests of the samples: each runs against a fake and checks the outcome; the snippet check. */
@NullMarked
package dev.connectkit.samples;

import org.jspecify.annotations.NullMarked;
