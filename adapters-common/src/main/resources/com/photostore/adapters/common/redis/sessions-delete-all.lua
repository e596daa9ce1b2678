-- Ends every session in a user's index and returns the ids of those that were live.
-- KEYS: user index. ARGV: session key prefix, previous-token list suffix.
local live = {}
for _, id in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  local session = ARGV[1] .. id
  if redis.call('DEL', session) == 1 then
    table.insert(live, id)
  end
  redis.call('DEL', session .. ARGV[2])
end
redis.call('DEL', KEYS[1])
return live
