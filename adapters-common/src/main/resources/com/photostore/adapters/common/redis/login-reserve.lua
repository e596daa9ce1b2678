-- Reserves one attempt in a sliding-window log of failures, timed by the server's clock, unless the key is full.
-- KEYS: the key's sorted set (member: the attempt's id, score: its time in Unix ms).
-- ARGV: max attempts, window (ms), the attempt's id.
-- Returns 0 when the attempt was counted, else the milliseconds until enough entries have left the window.
redis.replicate_commands()
local max = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', string.format('%d', now - window))
local count = redis.call('ZCARD', KEYS[1])
if count >= max then
  local oldest = redis.call('ZRANGE', KEYS[1], count - max, count - max, 'WITHSCORES')
  return math.max(1, tonumber(oldest[2]) + window - now)
end
redis.call('ZADD', KEYS[1], now, ARGV[3])
redis.call('PEXPIRE', KEYS[1], window)
return 0
