-- Ends every session in a user's index and returns how many were live.
-- KEYS: user index. ARGV: session key prefix, previous-token list suffix.
local live = 0
for _, id in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  local session = ARGV[1] .. id
  live = live + redis.call('DEL', session)
  redis.call('DEL', session .. ARGV[2])
end
redis.call('DEL', KEYS[1])
return live
