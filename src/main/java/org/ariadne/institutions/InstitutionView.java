package org.ariadne.institutions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An institution as pages and other modules see it, with its names in Albanian, Serbian and Macedonian (each may be
 * empty) and its acronyms ("MPMS", "MRSZ") besides the short name.
 */
public record InstitutionView(long id, int version, String name, String shortName, InstitutionType type,
        InstitutionLevel level, boolean nationalAuthorityMember, boolean reportsProgress, String contactName,
        String contactEmail, String contactPhone, boolean active, boolean demo, List<String> aliases, String nameSq,
        String nameSr, String nameMk, List<String> acronyms) {

    public InstitutionView {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        acronyms = acronyms == null ? List.of() : List.copyOf(acronyms);
    }

    /** An institution known by one name only. */
    public InstitutionView(long id, int version, String name, String shortName, InstitutionType type,
            InstitutionLevel level, boolean nationalAuthorityMember, boolean reportsProgress, String contactName,
            String contactEmail, String contactPhone, boolean active, boolean demo, List<String> aliases) {
        this(id, version, name, shortName, type, level, nationalAuthorityMember, reportsProgress, contactName,
                contactEmail, contactPhone, active, demo, aliases, null, null, null, List.of());
    }

    /** "Kosovo Police (KP)" where a short name exists. */
    public String displayName() {
        return shortName == null || shortName.isBlank() ? name : name + " (" + shortName + ")";
    }

    /**
     * Its name in the reader's language where the directory holds one (Albanian, Serbian, Macedonian), its name
     * otherwise. Serbian is kept in one script and shown in the reader's: a Latin name is transliterated for a
     * Cyrillic reader and the other way round.
     */
    public String nameIn(java.util.Locale locale) {
        if (locale == null) {
            return name;
        }
        var translated = switch (locale.getLanguage()) {
            case "sq" -> nameSq;
            case "sr" -> nameSr;
            case "mk" -> nameMk;
            default -> null;
        };
        if (translated == null || translated.isBlank()) {
            return name;
        }
        if ("sr".equals(locale.getLanguage())) {
            boolean cyrillicReader = org.ariadne.common.text.SerbianScript.isSerbianCyrillic(locale);
            boolean cyrillicName = org.ariadne.common.text.SerbianScript.isCyrillic(translated);
            if (cyrillicReader && !cyrillicName) {
                return org.ariadne.common.text.SerbianScript.toCyrillic(translated);
            }
            if (!cyrillicReader && cyrillicName) {
                return org.ariadne.common.text.SerbianScript.toLatin(translated);
            }
        }
        return translated;
    }

    /** Its names in the other languages, those it has. */
    public List<String> otherLanguageNames() {
        var names = new ArrayList<String>();
        for (var other : Arrays.asList(nameSq, nameSr, nameMk)) {
            if (other != null && !other.isBlank()) {
                names.add(other);
            }
        }
        return names;
    }

    /** Every full name the directory keeps for it: the name, the names in other languages, the learned spellings. */
    public List<String> spellings() {
        var all = new ArrayList<String>();
        all.add(name);
        all.addAll(otherLanguageNames());
        all.addAll(aliases);
        return all;
    }

    /** Its short name and acronyms. */
    public List<String> shortForms() {
        var all = new ArrayList<String>();
        if (shortName != null && !shortName.isBlank()) {
            all.add(shortName);
        }
        all.addAll(acronyms);
        return all;
    }

    /** "MPMS, MRSZ" as the form shows the acronyms. */
    public String acronymList() {
        return String.join(", ", acronyms);
    }

    /** The acronyms a person typed, separated by commas, semicolons or slashes. */
    public static List<String> acronymsOf(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(typed.split("[,;/]")).map(String::strip).filter(a -> !a.isEmpty()).distinct().toList();
    }
}
