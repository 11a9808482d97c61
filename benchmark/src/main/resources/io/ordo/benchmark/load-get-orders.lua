-- Requests: GET /api/v1/orders/{id}, the ids read from the file named by ids=..., one a line,
-- taken in turn from a place that differs per thread.
local ids = {}
local next_index = 1

function prepare_requests(options)
  for line in io.lines(options.ids) do
    if #line > 0 then
      table.insert(ids, line)
    end
  end
  if #ids == 0 then
    error("no order ids in " .. options.ids)
  end
  next_index = ((thread_number or 1) * 7919) % #ids + 1
end

function next_request()
  local id = ids[next_index]
  next_index = next_index % #ids + 1
  return wrk.format("GET", "/api/v1/orders/" .. id)
end
