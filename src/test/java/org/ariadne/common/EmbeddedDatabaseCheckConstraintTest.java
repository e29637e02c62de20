package org.ariadne.common;

import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded database keeps its check constraints after the connection that made them is gone. Hikari retires every
 * connection within 30 minutes, the one that ran the migrations included; H2 2.4.240 then failed every insert into a
 * table with a string check ("Check constraint invalid", caused by "The database has been closed"), so a demo running
 * for half an hour could no longer make an API token. This fails if the H2 version in the pom is moved to one with
 * that fault.
 */
class EmbeddedDatabaseCheckConstraintTest {

    @Test
    void aCheckConstraintStillChecksAfterTheConnectionThatMadeItIsClosed() throws SQLException {
        var url = "jdbc:h2:mem:check-after-close;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        try (var staying = DriverManager.getConnection(url, "sa", "")) {
            try (var migrating = DriverManager.getConnection(url, "sa", "");
                    var statement = migrating.createStatement()) {
                statement.execute("create table token (scope varchar(20) not null,"
                        + " constraint ck_token_scope check (scope in ('READ', 'READ_WRITE')))");
            }
            try (var statement = staying.createStatement()) {
                statement.execute("insert into token values ('READ')");
                assertThatThrownBy(() -> statement.execute("insert into token values ('ADMIN')"))
                        .hasMessageContaining("ck_token_scope").hasMessageContaining("violation");
                try (var count = statement.executeQuery("select count(*) from token")) {
                    count.next();
                    assertThat(count.getInt(1)).isEqualTo(1);
                }
                statement.execute("drop table token");
            }
        }
    }
}
