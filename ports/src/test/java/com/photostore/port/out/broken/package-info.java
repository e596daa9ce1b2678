/**
 * Deliberately broken variants of the fakes, and the proof that every contract suite fails against them.
 */
package com.photostore.port.out.broken;
