package org.ariadne.api;

/** A token just made: {@code token} is shown to its owner this once and kept nowhere (only its hash is stored). */
public record CreatedToken(ApiTokenView view, String token) {
}
