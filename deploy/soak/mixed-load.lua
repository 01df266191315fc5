-- A steady mixed load for 'deploy/wegwijzer soak': public pages, the directory search API, the
-- care coordinator lookup and (one request in twenty) a coordinator registering a signal with a
-- bearer token. Every connection waits WEGWIJZER_SOAK_DELAY_MS between requests, so the rate is
-- steady rather than as high as the machine allows. done() prints one SOAK line that the script
-- reads: answers that were errors (4xx/5xx), socket errors, registrations, p99 latency.

local threads = {}

local reads = {
  "/",
  "/organisaties?q=opvang",
  "/organisaties/stichting-brugplaats-categorale-opvang",
  "/beschermen",
  "/zorgcoordinator?plaats=4331",
  "/zoeken?q=aangifte",
  "/api/organisations?q=opvang",
  "/api/organisations?region=zeeland&page=2&size=10",
  "/api/coordinators?municipality=Utrecht",
  "/api/coordinators?municipality=Middelburg",
  "/api/route?age=adult",
  "/api/regions",
}

local signal = [[{"intakeDate": "2026-03-10", "channel": "phone",
  "reporterType": "labour-inspectorate", "reporterContact": "Inspecteur (soak)",
  "municipality": "Middelburg", "forms": ["labour"], "sector": "agriculture",
  "indicators": ["geen-eigen-id"], "account": "Soak test: werkt zeven dagen per week.",
  "pseudonym": "Soak", "birthYear": 1995, "gender": "female", "nationality": "RO",
  "languages": ["ro"], "interpreterNeeded": true, "residenceStatus": "eu-citizen",
  "consent": "given", "consentSignedBy": "person"}]]

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  token = os.getenv("WEGWIJZER_SOAK_TOKEN") or ""
  pause = tonumber(os.getenv("WEGWIJZER_SOAK_DELAY_MS") or "10")
  counter = math.random(1, 1000)
  errors = 0
  responses = 0
  created = 0
end

function delay()
  return pause
end

function request()
  counter = counter + 1
  if counter % 20 == 0 then
    return wrk.format("POST", "/api/signals", {
      ["Content-Type"] = "application/json",
      ["Authorization"] = "Bearer " .. token,
    }, signal)
  end
  return wrk.format("GET", reads[counter % #reads + 1])
end

function response(status, headers, body)
  responses = responses + 1
  if status >= 400 then
    errors = errors + 1
  elseif status == 201 then
    created = created + 1
  end
end

function done(summary, latency, requests)
  local e, r, c = 0, 0, 0
  for _, thread in ipairs(threads) do
    e = e + thread:get("errors")
    r = r + thread:get("responses")
    c = c + thread:get("created")
  end
  local socket = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  io.write(string.format("SOAK responses=%d errors=%d socket=%d created=%d p99ms=%.1f\n",
    r, e, socket, c, latency:percentile(99) / 1000))
end
