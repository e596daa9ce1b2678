/**
 * Abstract contract suites, one per out port: an adapter's test extends the suite of its port, implements
 * its factory method and hooks, and so runs every test against a real backend; the suites use fresh owners,
 * keys and names in every test, so one backend may serve a whole JVM, and tests that depend on time use
 * real time with windows of one or two seconds.
 */
package com.photostore.port.out.contract;
