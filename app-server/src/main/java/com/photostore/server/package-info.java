/** Photostore as one server: its entry point. */
package com.photostore.server;
