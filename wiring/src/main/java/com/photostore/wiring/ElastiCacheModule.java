package com.photostore.wiring;

import com.photostore.adapters.aws.elasticache.ElastiCacheEndpoint;
import com.photostore.adapters.aws.support.DeploymentValues;
import com.photostore.adapters.common.redis.RedisGateway;
import com.photostore.adapters.common.redis.RedisLoginRateLimiter;
import com.photostore.adapters.common.redis.RedisSessionStore;
import com.photostore.port.out.LoginRateLimiter;
import com.photostore.port.out.SessionStore;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;

/** Sessions and log-in limits in ElastiCache Redis (or the Redis {@code REDIS_URL} names). */
@Module(includes = AwsClientsModule.class)
public final class ElastiCacheModule {

    private ElastiCacheModule() {
    }

    @Provides
    @Singleton
    static RedisGateway redis(AwsDeployment aws, DeploymentValues values, Backends backends) {
        String uri = aws.redisUrl().orElseGet(() -> new ElastiCacheEndpoint(values).redisUri(aws.elastiCache()));
        RedisGateway redis = SharedBackends.redis(uri, backends);
        Prefetch.inBackground("Redis", redis::ping);
        return redis;
    }

    @Provides
    @Singleton
    static SessionStore sessions(RedisGateway redis) {
        return new RedisSessionStore(redis, SharedBackends.REDIS_PREFIX);
    }

    @Provides
    @Singleton
    static LoginRateLimiter rateLimiter(RedisGateway redis) {
        return new RedisLoginRateLimiter(redis, SharedBackends.REDIS_PREFIX);
    }
}
