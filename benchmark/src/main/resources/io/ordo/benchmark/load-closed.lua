-- Closed model: every connection sends its next request as soon as the last one is answered,
-- as fast as the server goes. Prints one machine-readable line at the end.
function init(args)
  prepare_requests(parse_options(args))
end

function request()
  return next_request()
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT requests=%d errors=%d seconds=%.3f p50=%.3f p95=%.3f p99=%.3f\n",
      summary.requests, errors, summary.duration / 1e6,
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
