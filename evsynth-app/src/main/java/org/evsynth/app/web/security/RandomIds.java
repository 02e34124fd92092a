package org.evsynth.app.web.security;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable identifiers: 256 bits from the platform's strong random source, base64url without padding. */
final class RandomIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomIds() {
    }

    /** 43 characters carrying 256 random bits. */
    static String next() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
