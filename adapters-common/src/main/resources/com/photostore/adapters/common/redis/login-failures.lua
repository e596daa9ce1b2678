-- Sliding-window log of failed log-ins, timed by the server's clock.
-- KEYS: the key's sorted set (member: a unique id, score: the failure's time in Unix ms).
-- ARGV: max failures, window (ms), '1' to count a failure now or '0' to only look, a unique member id.
-- Returns 0 when the key may try now, else the milliseconds until enough failures have left the window.
redis.replicate_commands()
local max = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local windowStart = string.format('(%d', now - window)
if ARGV[3] == '1' then
  redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', string.format('%d', now - window))
  redis.call('ZADD', KEYS[1], now, ARGV[4])
  redis.call('ZREMRANGEBYRANK', KEYS[1], 0, -(max + 1))
  redis.call('PEXPIRE', KEYS[1], window)
end
local count = redis.call('ZCOUNT', KEYS[1], windowStart, '+inf')
if count < max then
  return 0
end
local oldest = redis.call('ZRANGEBYSCORE', KEYS[1], windowStart, '+inf', 'WITHSCORES', 'LIMIT', count - max, 1)
return math.max(1, tonumber(oldest[2]) + window - now)
