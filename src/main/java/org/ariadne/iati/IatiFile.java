package org.ariadne.iati;

/** A generated IATI activity file: the XML, its file name, and how many activities it holds. */
public record IatiFile(byte[] xml, String fileName, int activities) {
}
