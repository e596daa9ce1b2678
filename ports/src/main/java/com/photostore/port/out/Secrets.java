package com.photostore.port.out;

/** Where secret keys come from; implementations cache and refresh them. */
public interface Secrets {

    /** The current key ring of a secret. */
    KeyRing keyRing(SecretName name);
}
