-- Requests: POST /api/v1/orders with the body in the file named by body=..., and an
-- Idempotency-Key unique to this run of wrk (run=..., new every run), thread and request. "{n}" in the body is
-- replaced by that key too, so that every order has a customer of its own.
local body
local run
local count = 0

function prepare_requests(options)
  local file = assert(io.open(options.body, "r"))
  body = file:read("*a")
  file:close()
  run = options.run
end

function next_request()
  count = count + 1
  local key = run .. "-" .. (thread_number or 0) .. "-" .. count
  return wrk.format("POST", "/api/v1/orders",
      with_headers({["Content-Type"] = "application/json", ["Idempotency-Key"] = key}),
      (string.gsub(body, "{n}", key)))
end
