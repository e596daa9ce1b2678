/** Bulk import of a folder through the HTTP API, as the web app uploads. */
package com.photostore.server.importer;
