-- Stores a new session and adds it to its user's index.
-- KEYS: session hash, previous-token list, user index. ARGV: session id, expiry (Unix ms), then field/value pairs.
redis.call('DEL', KEYS[1], KEYS[2])
redis.call('HSET', KEYS[1], unpack(ARGV, 3))
redis.call('PEXPIREAT', KEYS[1], ARGV[2])
redis.call('ZADD', KEYS[3], ARGV[2], ARGV[1])
local latest = redis.call('ZRANGE', KEYS[3], -1, -1, 'WITHSCORES')
redis.call('PEXPIREAT', KEYS[3], latest[2])
return 1
