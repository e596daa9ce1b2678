-- Returns the ids of the live sessions in a user's index and drops the ids of those that ended.
-- KEYS: user index. ARGV: session key prefix.
local live = {}
for _, id in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  if redis.call('EXISTS', ARGV[1] .. id) == 1 then
    table.insert(live, id)
  else
    redis.call('ZREM', KEYS[1], id)
  end
end
return live
