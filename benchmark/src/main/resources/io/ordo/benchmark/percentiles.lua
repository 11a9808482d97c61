-- Prints one machine-readable line after a wrk run: requests, errors and latency percentiles in ms.
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT requests=%d errors=%d seconds=%.3f p50=%.3f p95=%.3f p99=%.3f\n",
      summary.requests, errors, summary.duration / 1e6,
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
