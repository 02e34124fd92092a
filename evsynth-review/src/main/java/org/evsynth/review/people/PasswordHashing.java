package org.evsynth.review.people;

import java.nio.CharBuffer;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id password hashes in PHC string form ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}), with
 * Spring Security's encoder over Bouncy Castle. The cost is OWASP's first recommended setting for Argon2id
 * (19 MiB of memory, 2 passes, 1 lane; OWASP Password Storage Cheat Sheet), about 50 ms a hash on the project's
 * machine; a 16-byte random salt per hash. The parameters travel inside each hash, so raising them later still
 * verifies old hashes.
 */
final class PasswordHashing {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int LANES = 1;
    private static final int MEMORY_KIB = 19 * 1024;
    private static final int PASSES = 2;

    private final Argon2PasswordEncoder encoder =
            new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, LANES, MEMORY_KIB, PASSES);

    /**
     * A hash of a random password, verified against when a name is unknown, so that an unknown name takes as long
     * to refuse as a wrong password and timing does not tell which names exist.
     */
    private final String decoy;

    PasswordHashing() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        decoy = encoder.encode(Base64.getEncoder().encodeToString(random));
    }

    String hash(char[] password) {
        return encoder.encode(CharBuffer.wrap(password));
    }

    boolean matches(char[] password, String hash) {
        return encoder.matches(CharBuffer.wrap(password), hash);
    }

    /** Spends the time of one verification, for a name that has no hash. */
    void verifyDecoy(char[] password) {
        encoder.matches(CharBuffer.wrap(password), decoy);
    }
}
