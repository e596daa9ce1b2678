package com.photostore.adapters.common.http;

/** The routes of one part of the API, built from only the use cases they call; its {@code OPERATIONS} name them. */
public interface RouteGroup {

    /** Binds a handler to each of the group's operations. */
    void bindTo(RouteTable table);
}
