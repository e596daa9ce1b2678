/**
 * In-memory fakes of every out port, thread-safe and faithful to the ports' Javadoc (each passes its
 * port's contract suite), with {@link com.photostore.port.out.fake.Fakes} to build a consistent set
 * around one {@link com.photostore.port.out.fake.MutableClock}.
 */
package com.photostore.port.out.fake;
