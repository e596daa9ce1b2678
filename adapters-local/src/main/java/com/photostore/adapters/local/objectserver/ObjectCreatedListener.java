package com.photostore.adapters.local.objectserver;

import com.photostore.domain.photo.ObjectCreatedEvent;

/** Receives one event for every object the embedded server has stored. */
@FunctionalInterface
public interface ObjectCreatedListener {

    /** Called after the object is stored. */
    void objectCreated(ObjectCreatedEvent event);
}
