-- Requests: a storefront's visit, over and over on each connection: GET /api/v1/products, then
-- POST /api/v1/orders (the order of load-post-orders.lua, which comes before this script), then
-- GET /api/v1/orders/{id} of that order until it has left CREATED, VALIDATED and RESERVED (or
-- after max_polls). request_kind names each request for the latency samples; observe() is
-- called by the mode script with every answer and moves the visit on.
local place_order = next_request
local prepare_orders = prepare_requests
local MAX_POLLS = 1000
local step = "products"
local order_id
local polls = 0
request_kind = nil

function prepare_requests(options)
  prepare_orders(options)
end

function next_request()
  request_kind = step
  if step == "products" then
    return wrk.format("GET", "/api/v1/products")
  elseif step == "place" then
    return place_order()
  end
  return wrk.format("GET", "/api/v1/orders/" .. order_id)
end

local in_flight = {CREATED = true, VALIDATED = true, RESERVED = true}

function observe(status, body)
  if step == "products" then
    step = "place"
  elseif step == "place" then
    -- The order document has one "id", its own (lines, customer and history have none).
    order_id = status == 201 and string.match(body, '"id"%s*:%s*"([%x%-]+)"') or nil
    polls = 0
    step = order_id and "poll" or "products"
  else
    polls = polls + 1
    -- Likewise one "status" (history entries say from and to).
    local order_status = string.match(body, '"status"%s*:%s*"(%u+)"')
    if status ~= 200 or not in_flight[order_status] or polls >= MAX_POLLS then
      step = "products"
    end
  end
end
