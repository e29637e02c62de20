package org.ariadne.recommendations;

/** A file uploaded as a follow-up note's evidence: its name as sent, its type as detected, its bytes. */
public record EvidenceFile(String name, String type, byte[] content) {
}
