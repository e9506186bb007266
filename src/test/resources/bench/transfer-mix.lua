-- The mixed GraphQL read load of TransferBenchmark for wrk, a load driver that costs the machine
-- far less processor time per request than a JVM client. docs/benchmarks.md shows how to run it.
-- The data file (TransferBenchmark --phases=data writes it) has lines "o <occupation id>" and
-- "w <search word>".

local data_file = os.getenv("ATLAS_BENCH_DATA") or "target/transfer-bench-data.txt"
local ids, words = {}, {}
for line in io.lines(data_file) do
  local kind, value = line:match("^(%a) (.+)$")
  if kind == "o" then ids[#ids + 1] = value elseif kind == "w" then words[#words + 1] = value end
end

-- Operation, share in percent, document; the same as TransferBenchmark.Operation.
local operations = {
  {"transfer", 30, "query transfer($a: ID!, $b: ID!) { transfer(from: {occupationId: $a}, to: {occupationId: $b}) { score matches { kind contribution required { label } held { label } path { text } } gap { outcome { label } } } }"},
  {"transitions", 25, "query transitions($a: ID!) { transitions(from: {occupationId: $a}, first: 20) { totalCount edges { node { to { label } score strongestTransfers(first: 3) { kind } gap(first: 5) { outcome { label } } } } } }"},
  {"routes", 10, "query routes($a: ID!, $b: ID!) { routes(from: {occupationId: $a}, to: $b, maxSteps: 3, first: 5) { cost steps { to { label } score } } }"},
  {"search", 20, "query search($text: String!) { searchOccupations(text: $text, first: 10) { edges { node { id label } } } }"},
  {"occupation", 15, "query occupation($a: ID!) { occupation(id: $a) { label outcomes { importance outcome { label broader { label } } } } }"},
}

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("seed", counter)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(1000 + seed)
  errors = 0
end

local function pick(list) return list[math.random(#list)] end

function request()
  local roll = math.random(100)
  local op
  for _, candidate in ipairs(operations) do
    if roll <= candidate[2] then op = candidate break end
    roll = roll - candidate[2]
  end
  local variables
  if op[1] == "search" then
    variables = string.format('{"text": "%s"}', pick(words))
  elseif op[1] == "transitions" or op[1] == "occupation" then
    variables = string.format('{"a": "%s"}', pick(ids))
  else
    variables = string.format('{"a": "%s", "b": "%s"}', pick(ids), pick(ids))
  end
  local body = string.format('{"query": "%s", "variables": %s}', op[3], variables)
  return wrk.format("POST", "/graphql", {["Content-Type"] = "application/json"}, body)
end

function response(status, headers, body)
  if status ~= 200 or body:find('"errors"', 1, true) then
    errors = errors + 1
  end
end

function done(summary, latency, requests)
  local graphql_errors = 0
  for _, thread in ipairs(threads) do
    graphql_errors = graphql_errors + thread:get("errors")
  end
  io.write(string.format("requests %d, %.0f requests/s, GraphQL or HTTP errors %d, socket errors %d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), graphql_errors,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("latency ms: p50 %.1f, p95 %.1f, p99 %.1f\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
