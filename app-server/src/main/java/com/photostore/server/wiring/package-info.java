/** Dagger components and modules that wire the profiles local and aws, and the local stack they start. */
package com.photostore.server.wiring;
