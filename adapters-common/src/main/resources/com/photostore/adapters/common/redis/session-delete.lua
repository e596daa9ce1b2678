-- Ends one session. KEYS: session hash, previous-token list, user index. ARGV: session id.
local deleted = redis.call('DEL', KEYS[1])
redis.call('DEL', KEYS[2])
redis.call('ZREM', KEYS[3], ARGV[1])
return deleted
