package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ariadne.common.text.NameKey;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Institution names are unique by their normalised key ({@code uq_institution_name_key}, since V1). The key now
 * also ignores invisible characters (zero-width space, soft hyphen...), so the keys are computed again with the same
 * {@link NameKey} the application uses; that needs Java, hence a Java migration, which runs alike on H2 and
 * PostgreSQL. Names that turn out to be the same as an older institution's are not merged behind the office's back:
 * the older keeps the key, the later ones get theirs marked with their id (so the unique index holds) and are
 * listed in the log for the office to merge or rename.
 */
public class V24__institutions_recompute_name_keys extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V24__institutions_recompute_name_keys.class);
    private static final int KEY_LENGTH = 300;

    @Override
    public void migrate(Context context) throws SQLException {
        var connection = context.getConnection();
        var keys = new LinkedHashMap<Long, String>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select id, name, name_key from institution order by id")) {
            var taken = new HashMap<String, Long>();
            while (rows.next()) {
                long id = rows.getLong(1);
                var key = NameKey.of(rows.getString(2));
                if (key.isEmpty()) {
                    key = rows.getString(3);
                }
                var first = taken.putIfAbsent(key, id);
                if (first != null) {
                    log.warn("Institution {} ({}) has the same normalised name as institution {}: merge or rename it",
                            id, rows.getString(2), first);
                    key = shorten(key, KEY_LENGTH - 24) + " #duplicate-of-" + first + "-" + id;
                }
                if (!key.equals(rows.getString(3))) {
                    keys.put(id, key);
                }
            }
        }
        update(connection, keys);
    }

    /** Two passes, so that two keys trading places never meet the unique index half-way. */
    private static void update(Connection connection, Map<Long, String> keys) throws SQLException {
        try (var park = connection.prepareStatement("update institution set name_key = ? where id = ?");
                var set = connection.prepareStatement("update institution set name_key = ? where id = ?")) {
            for (var entry : keys.entrySet()) {
                park.setString(1, "#recomputing-" + entry.getKey());
                park.setLong(2, entry.getKey());
                park.executeUpdate();
            }
            for (var entry : keys.entrySet()) {
                set.setString(1, entry.getValue());
                set.setLong(2, entry.getKey());
                set.executeUpdate();
            }
        }
    }

    private static String shorten(String key, int length) {
        return key.length() <= length ? key : key.substring(0, length);
    }
}
