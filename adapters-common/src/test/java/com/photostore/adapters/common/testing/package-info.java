/**
 * Real-backend fixtures every module's tests share through this module's test-jar: servers start once per test
 * JVM on free loopback ports (in Docker containers when an engine runs) and stop when the JVM exits.
 */
package com.photostore.adapters.common.testing;
