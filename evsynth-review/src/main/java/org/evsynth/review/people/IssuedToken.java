package org.evsynth.review.people;

/**
 * A token just created, with its secret: the only time the secret exists outside the hands of its holder. The
 * store keeps only the secret's SHA-256.
 *
 * @param token  the token's description
 * @param secret the value to send as {@code Authorization: Bearer SECRET}
 */
public record IssuedToken(AccessToken token, String secret) {

    @Override
    public String toString() {
        return "IssuedToken[" + token + ", secret hidden]";
    }
}
