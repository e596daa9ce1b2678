/** The backends a running server depends on: how to probe them and how to let them go. */
package com.photostore.server.backend;
