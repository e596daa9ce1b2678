/** The command line: serve and import. */
package com.photostore.server.cli;
