-- wrk script for every benchmark run (bench/run.py), the baseline's included, so the client does
-- the same work per request whatever the page.
--
--   wrk -t2 -c32 -d10s -s bench/wrk/bench.lua http://127.0.0.1:PORT -- LABEL path /PATH
--   wrk ... -- LABEL slugs FILE PREFIX SUFFIX   (a random slug of FILE per request)
--
-- Every request looks like a browser's first visit: a browser User-Agent (a counter that skips
-- bots must not skip these), no Cookie header ever (wrk keeps none), and an X-Bench header with
-- the label so the server-side hooks in bench/gunicorn.conf.py can count what was answered.
-- Each request also comes "from" a random address of 198.18.0.0/15 (the range set aside for
-- benchmarks, RFC 2544) in X-Forwarded-For, as a proxy in front of the portal would send it
-- (run.py sets DJANGO_CLIENT_IP_HEADER=HTTP_X_FORWARDED_FOR): per-address rate limits see
-- many readers, as in production, not one client hammering. Only a header: no traffic goes
-- to those addresses.
-- response() counts the HTTP statuses; done() prints one line starting with BENCH_JSON that
-- bench/run.py parses: requests, duration, latency percentiles, socket errors, statuses.

local threads = {}

function setup(thread)
   table.insert(threads, thread)
   thread:set("thread_id", #threads)
end

local make_request

function random_address()
   return string.format("198.%d.%d.%d", math.random(18, 19), math.random(0, 255),
      math.random(1, 254))
end

function init(args)
   statuses = {}
   local label, mode = args[1], args[2]
   local headers = {}
   for name, value in pairs(wrk.headers) do
      headers[name] = value
   end
   headers["User-Agent"] = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
      .. "(KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36"
   headers["Accept"] = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
   headers["Accept-Language"] = "vi-VN,vi;q=0.9"
   headers["X-Bench"] = label
   if mode == "slugs" then
      local slugs = {}
      for line in io.lines(args[3]) do
         if line ~= "" then
            slugs[#slugs + 1] = line
         end
      end
      if #slugs == 0 then
         error("no slugs in " .. args[3])
      end
      local prefix, suffix = args[4], args[5] or ""
      make_request = function()
         headers["X-Forwarded-For"] = random_address()
         return wrk.format("GET", prefix .. slugs[math.random(#slugs)] .. suffix, headers)
      end
   else
      local path = args[3]
      make_request = function()
         headers["X-Forwarded-For"] = random_address()
         return wrk.format("GET", path, headers)
      end
   end
   -- A different sequence per thread: each thread has its own Lua state.
   math.randomseed(os.time() + 7919 * thread_id)
end

function request()
   return make_request()
end

function response(status, headers, body)
   statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
   local merged = {}
   for _, thread in ipairs(threads) do
      local counts = thread:get("statuses") or {}
      for status, n in pairs(counts) do
         merged[status] = (merged[status] or 0) + n
      end
   end
   local parts = {}
   for status, n in pairs(merged) do
      parts[#parts + 1] = string.format('"%d": %d', status, n)
   end
   local e = summary.errors
   io.write(string.format(
      'BENCH_JSON {"requests": %d, "duration_us": %d, "bytes": %d, '
         .. '"p50_us": %d, "p90_us": %d, "p99_us": %d, "max_us": %d, "mean_us": %.1f, '
         .. '"errors": {"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}, '
         .. '"statuses": {%s}}\n',
      summary.requests, summary.duration, summary.bytes,
      latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
      latency.mean, e.connect, e.read, e.write, e.status, e.timeout, table.concat(parts, ", ")))
end
