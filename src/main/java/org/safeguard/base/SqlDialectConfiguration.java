package org.safeguard.base;

import java.util.Properties;
import org.apache.ibatis.mapping.DatabaseIdProvider;
import org.apache.ibatis.mapping.VendorDatabaseIdProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tells mapper XML which database it runs on ({@code _databaseId}: {@code mariadb} or {@code h2}),
 * for the few conditions only one database needs to use an index. Statements without a
 * {@code databaseId} run on both, as before.
 */
@Configuration(proxyBeanMethods = false)
class SqlDialectConfiguration {

    @Bean
    DatabaseIdProvider databaseIdProvider() {
        Properties vendors = new Properties();
        vendors.setProperty("MariaDB", "mariadb");
        vendors.setProperty("MySQL", "mariadb");
        vendors.setProperty("H2", "h2");
        VendorDatabaseIdProvider provider = new VendorDatabaseIdProvider();
        provider.setProperties(vendors);
        return provider;
    }
}
