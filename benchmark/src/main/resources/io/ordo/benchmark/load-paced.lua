-- Open model at a fixed arrival rate, corrected for coordinated omission: run with as many
-- threads as connections (-tN -cN) so each thread drives one connection. Each connection has
-- its own schedule of intended send times (rate=... requests per second shared by all of them,
-- staggered); a request that cannot go at its time because the previous one is still being
-- answered goes late, and its latency is counted from its intended time, not from when it was
-- sent. Latencies (microseconds) of requests intended after warmup=... seconds are written to
-- the file named by out=..., one "status latency" pair a line ("kind status latency" where the
-- request script names the kind of each request).
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } ordo_timespec;
  int clock_gettime(int clock, ordo_timespec *now);
]]
local CLOCK_MONOTONIC = 1
local clock = ffi.new("ordo_timespec")

local function now_us()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, clock)
  return tonumber(clock.tv_sec) * 1000000 + tonumber(clock.tv_nsec) / 1000
end

local interval
local first_send
local warmup_us
local sent = 0
local planned
local intended
-- Globals, not locals: done() fetches them from each thread with thread:get.
latency_samples = {}
out_file = nil

function init(args)
  local options = parse_options(args)
  prepare_requests(options)
  out_file = options.out
  local connections = tonumber(options.connections)
  interval = 1000000 * connections / tonumber(options.rate)
  warmup_us = tonumber(options.warmup) * 1000000
  -- Connections start a fraction of an interval apart, so the arrivals are spread evenly.
  first_send = now_us() + interval * ((thread_number or 1) - 1) / connections
end

function delay()
  planned = first_send + sent * interval
  sent = sent + 1
  local wait = planned - now_us()
  if wait <= 0 then
    return 0
  end
  -- wrk counts in whole milliseconds.
  return math.ceil(wait / 1000)
end

function request()
  -- wrk's timers have millisecond resolution and may fire a little early: a request sent before
  -- its time is counted from when it was sent, one sent late from when it should have been.
  -- (wrk also calls request() once before the run to check the script: nothing is planned then.)
  intended = planned and math.max(planned, now_us())
  return next_request()
end

function response(status, headers, body)
  if intended and intended - first_send >= warmup_us then
    -- Request scripts that mix kinds of request name the kind of each (request_kind).
    local kind = request_kind and (request_kind .. " ") or ""
    latency_samples[#latency_samples + 1] = kind .. status .. " " .. math.floor(now_us() - intended)
  end
  if observe then
    observe(status, body)
  end
end

done = function(summary, latency, requests)
  -- done runs in wrk's main script state, which has no options: ask a thread.
  local file = assert(io.open(all_threads()[1]:get("out_file"), "w"))
  for _, thread in ipairs(all_threads()) do
    local lines = thread:get("latency_samples")
    for _, line in ipairs(lines) do
      file:write(line, "\n")
    end
  end
  file:close()
  io.write(string.format("PACED requests=%d seconds=%.3f\n", summary.requests, summary.duration / 1e6))
end
