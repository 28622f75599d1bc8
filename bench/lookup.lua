-- wrk script: a random unit (model BM-000001..BM-100000, serial S000000..S999999) per request.
-- LOOKUP_QUERY (e.g. "?compact=true") is appended to every path.
math.randomseed(20261122)
local query = os.getenv("LOOKUP_QUERY") or ""
request = function()
  local model = math.random(1, 100000)
  local serial = math.random(0, 999999)
  return wrk.format("GET", string.format("/api/v1/models/BM-%06d/units/S%06d/parts", model, serial) .. query)
end
