package org.evsynth.review.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Bearer-token secrets: 256 random bits, base64url, behind a recognisable prefix (so a secret pasted where it
 * should not be is easy to find). Stored as their SHA-256: a secret has far too much entropy to guess, so a slow
 * password hash would add nothing but a delay to every request made with it.
 */
final class TokenSecrets {

    static final String PREFIX = "evs_";
    private static final int BYTES = 32;
    private static final int LENGTH = PREFIX.length() + 43;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {
    }

    static String newSecret() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text has the shape of a secret; anything else is refused without a lookup. */
    static boolean wellFormed(String secret) {
        if (secret == null || secret.length() != LENGTH || !secret.startsWith(PREFIX)) {
            return false;
        }
        for (int i = PREFIX.length(); i < LENGTH; i++) {
            char c = secret.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128) && c != '-' && c != '_') {
                return false;
            }
        }
        return true;
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
