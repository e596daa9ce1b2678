package com.photostore.wiring;

import com.photostore.adapters.aws.rds.RdsDataSourceFactory;
import com.photostore.adapters.aws.support.DeploymentValues;
import com.photostore.adapters.common.postgres.PostgresConnectionSettings;
import com.photostore.adapters.common.postgres.PostgresPool;
import com.photostore.adapters.common.postgres.PostgresUserRepository;
import com.photostore.port.out.UserRepository;
import com.zaxxer.hikari.HikariDataSource;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;

/** The accounts in RDS PostgreSQL, opened from the RDS secret and migrated once per process. */
@Module(includes = AwsClientsModule.class)
public final class RdsModule {

    private RdsModule() {
    }

    @Provides
    @Singleton
    static HikariDataSource accountsDatabase(DeploymentValues values, AwsDeployment aws, Backends backends) {
        HikariDataSource pool = new RdsDataSourceFactory(values).open(aws.rdsDatabase(),
                (url, user, password) -> PostgresPool.open(PostgresConnectionSettings.of(url, user, password)));
        SharedBackends.database(pool, backends);
        return pool;
    }

    @Provides
    @Singleton
    static UserRepository users(HikariDataSource database) {
        return new PostgresUserRepository(database, PostgresConnectionSettings.DEFAULT_STATEMENT_TIMEOUT);
    }
}
