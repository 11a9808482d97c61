-- Shared by the API benchmark's wrk scripts (concatenated in front of a request script and a
-- mode script). Script arguments are name=value pairs after "--"; each thread gets a number.
local threads = {}
local thread_count = 0

function setup(thread)
  thread_count = thread_count + 1
  thread:set("thread_number", thread_count)
  table.insert(threads, thread)
end

function all_threads()
  return threads
end

function parse_options(args)
  local options = {}
  for _, arg in pairs(args) do
    local name, value = string.match(arg, "^([%w_]+)=(.*)$")
    if name then
      options[name] = value
    end
  end
  return options
end

-- Headers given with -H, plus any given here.
function with_headers(extra)
  local headers = {}
  for name, value in pairs(wrk.headers) do
    headers[name] = value
  end
  for name, value in pairs(extra or {}) do
    headers[name] = value
  end
  return headers
end
