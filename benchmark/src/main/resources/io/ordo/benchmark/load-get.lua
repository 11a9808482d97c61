-- Requests: GET of the URL given to wrk.
function prepare_requests(options)
end

function next_request()
  return wrk.format("GET")
end
