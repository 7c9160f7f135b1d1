-- wrk's summary as one JSON line (latencies in microseconds), read by bench/http_bench.py.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRK {"p50":%d,"p95":%d,"p99":%d,"requests":%d,"duration":%d,"errors":%d,"non2xx":%d}\n',
    latency:percentile(50), latency:percentile(95), latency:percentile(99),
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status))
end
