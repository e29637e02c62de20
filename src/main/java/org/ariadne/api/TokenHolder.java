package org.ariadne.api;

/**
 * Who calls with a valid token: the token's id (for the rate limit), its owner's user name, the institution it was
 * made for and its scope.
 */
public record TokenHolder(long tokenId, String username, Long institutionId, TokenScope scope) {
}
