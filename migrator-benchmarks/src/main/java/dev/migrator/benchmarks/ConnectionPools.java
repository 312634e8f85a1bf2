package dev.migrator.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.migrator.testsupport.TestDatabase;

/** A HikariCP pool on a test database, as a Spring Boot application has one, so no figure is connection set-up. */
final class ConnectionPools {

    private ConnectionPools() {
    }

    static HikariDataSource of(TestDatabase target) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(target.jdbcUrl());
        config.setUsername(target.user());
        config.setPassword(target.password());
        config.setMaximumPoolSize(4);
        return new HikariDataSource(config);
    }
}
