-- wrk script: text search over the bench catalog, a random question per request, in three kinds:
-- an exact part number (BP-0000001..BP-1000000), a model code (its 50 parts come back through the models
-- they fit), and words of a description ("Bench part 123456").
math.randomseed(20261125)
request = function()
  local kind = math.random(1, 3)
  local q
  if kind == 1 then
    q = string.format("BP-%07d", math.random(1, 1000000))
  elseif kind == 2 then
    q = string.format("BM-%06d", math.random(1, 100000))
  else
    q = string.format("Bench%%20part%%20%d", math.random(100000, 999999))
  end
  return wrk.format("GET", "/api/v1/parts?q=" .. q .. "&size=20")
end
