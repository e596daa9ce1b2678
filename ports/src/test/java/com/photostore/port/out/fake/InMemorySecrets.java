package com.photostore.port.out.fake;

import com.photostore.port.out.KeyRing;
import com.photostore.port.out.RandomTokens;
import com.photostore.port.out.SecretName;
import com.photostore.port.out.Secrets;
import com.photostore.port.out.SigningKey;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Key rings held in memory, one fresh key per secret to start with; tests set or rotate them. */
public final class InMemorySecrets implements Secrets {
    private final RandomTokens random;
    private final Map<SecretName, KeyRing> rings = new EnumMap<>(SecretName.class);
    private int generation;

    public InMemorySecrets() {
        this(new SeededRandomTokens(7));
    }

    public InMemorySecrets(RandomTokens random) {
        this.random = random;
        for (SecretName name : SecretName.values()) {
            rings.put(name, new KeyRing(newKey(name), List.of()));
        }
    }

    @Override
    public synchronized KeyRing keyRing(SecretName name) {
        return rings.get(name);
    }

    /** Replaces a secret's key ring. */
    public synchronized void set(SecretName name, KeyRing ring) {
        rings.put(name, ring);
    }

    /** Makes a fresh key current and keeps the old current one as the first previous key; returns the new ring. */
    public synchronized KeyRing rotate(SecretName name) {
        KeyRing old = rings.get(name);
        List<SigningKey> previous = new ArrayList<>();
        previous.add(old.current());
        previous.addAll(old.previous());
        KeyRing next = new KeyRing(newKey(name), previous);
        rings.put(name, next);
        return next;
    }

    /** Forgets every previous key of a secret, as when a rotation is completed. */
    public synchronized void dropPrevious(SecretName name) {
        rings.put(name, new KeyRing(rings.get(name).current(), List.of()));
    }

    private SigningKey newKey(SecretName name) {
        generation++;
        String id = name.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + generation;
        return new SigningKey(id, random.bytes(SigningKey.MIN_BYTES));
    }
}
