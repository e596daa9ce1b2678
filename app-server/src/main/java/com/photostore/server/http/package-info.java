/** The Javalin side of the server: the API bridge, health, metrics and the web app. */
package com.photostore.server.http;
