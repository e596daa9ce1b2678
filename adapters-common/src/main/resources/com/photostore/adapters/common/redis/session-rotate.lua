-- Replaces the current refresh-token hash if the presented one is current; revokes the session on a replay.
-- KEYS: session hash, previous-token list, user index.
-- ARGV: session id, presented hash, how many previous hashes to keep, new expiry (Unix ms), then field/value pairs.
local current = redis.call('HGET', KEYS[1], 'hash')
if not current then
  return 'UNKNOWN'
end
if current == ARGV[2] then
  redis.call('HSET', KEYS[1], unpack(ARGV, 5))
  redis.call('PEXPIREAT', KEYS[1], ARGV[4])
  redis.call('LPUSH', KEYS[2], ARGV[2])
  redis.call('LTRIM', KEYS[2], 0, tonumber(ARGV[3]) - 1)
  redis.call('PEXPIREAT', KEYS[2], ARGV[4])
  redis.call('ZADD', KEYS[3], ARGV[4], ARGV[1])
  local latest = redis.call('ZRANGE', KEYS[3], -1, -1, 'WITHSCORES')
  redis.call('PEXPIREAT', KEYS[3], latest[2])
  return 'ROTATED'
end
if redis.call('LPOS', KEYS[2], ARGV[2]) then
  redis.call('DEL', KEYS[1], KEYS[2])
  redis.call('ZREM', KEYS[3], ARGV[1])
  return 'REUSED_SESSION_REVOKED'
end
return 'UNKNOWN'
