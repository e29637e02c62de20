package org.ariadne.victimdata.linkage;

/** The linkage refuses to start: its secret key is missing or too short. The message never contains the key. */
public final class LinkageKeyException extends IllegalStateException {

    private LinkageKeyException(String message) {
        super(message);
    }

    static LinkageKeyException missing() {
        return new LinkageKeyException("The victim linkage key is not set: set ariadne.victimdata.linkage-key "
                + "(environment variable ARIADNE_VICTIMDATA_LINKAGEKEY) to a secret of at least "
                + LinkageKey.MINIMUM_BYTES + " bytes, e.g. \"base64:\" followed by the output of openssl rand -base64 48."
                + " Without it no case can be linked to an earlier one.");
    }

    static LinkageKeyException tooShort(int bytes) {
        return new LinkageKeyException("The victim linkage key (ariadne.victimdata.linkage-key) has " + bytes
                + " bytes; at least " + LinkageKey.MINIMUM_BYTES + " are needed, so that the keys derived from names "
                + "cannot be guessed. Generate one with openssl rand -base64 48 and give it as \"base64:...\".");
    }

    static LinkageKeyException notBase64() {
        return new LinkageKeyException("The victim linkage key (ariadne.victimdata.linkage-key) starts with "
                + "\"base64:\" but what follows is not Base64.");
    }
}
