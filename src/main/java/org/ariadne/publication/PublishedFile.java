package org.ariadne.publication;

/** A report's file as it was copied into its publication. */
public record PublishedFile(String fileName, String mediaType, byte[] content) {
}
