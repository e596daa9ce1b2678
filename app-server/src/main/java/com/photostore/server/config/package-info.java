/** What the server reads from its environment: listening options, origins, the environment itself. */
package com.photostore.server.config;
