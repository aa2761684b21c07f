// Pages every ATS list endpoint of a Kombo-compatible API with Kombo's official SDK (@kombo-api/sdk).
// The SDK validates every page against Kombo's response schemas and follows `data.next` itself;
// this script only counts what it yields.
//
//   node walk.mjs [--url BASE] [--key API_KEY] [--integration ID] [--page-size N] [--with-ids]
//   env: KOMBO_BASE_URL (e.g. http://127.0.0.1:5000/v1), KOMBO_API_KEY, KOMBO_INTEGRATION_ID, KOMBO_PAGE_SIZE
//
// Prints one JSON object on stdout:
//   {"sdk_version":"1.1.3","ok":true,"endpoints":{"jobs":{"records":12,"pages":3,"ids_unique":true},...}}
// (with --with-ids, each entry also lists the ids it saw, in order) and, for a failing endpoint, {"error":{"type","message","pretty"?,"status"?,"body"?}} in its entry.
// Exit code: 0 when every endpoint paged through without an error, 1 when any failed, 2 on bad usage.
import { Kombo } from "@kombo-api/sdk";
import { SDK_METADATA } from "@kombo-api/sdk/lib/config.js";

function option(name, envName, fallback) {
  const flag = `--${name}`;
  const index = process.argv.indexOf(flag);
  if (index >= 0 && index + 1 < process.argv.length) {
    return process.argv[index + 1];
  }
  return process.env[envName] ?? fallback;
}

const serverURL = option("url", "KOMBO_BASE_URL");
const apiKey = option("key", "KOMBO_API_KEY");
const integrationId = option("integration", "KOMBO_INTEGRATION_ID");
const pageSize = Number(option("page-size", "KOMBO_PAGE_SIZE", "100"));
const withIds = process.argv.includes("--with-ids");

if (!serverURL || !apiKey || !integrationId || !Number.isInteger(pageSize) || pageSize < 1) {
  console.error("usage: node walk.mjs --url http://host:port/v1 --key API_KEY --integration ID [--page-size N]");
  process.exit(2);
}

const kombo = new Kombo({
  server_url: serverURL,
  api_key: apiKey,
  integration_id: integrationId,
});

// Endpoint name (as in our /v1/ats/{name} path) -> the SDK's own list method.
const endpoints = {
  jobs: (request) => kombo.ats.getJobs(request),
  candidates: (request) => kombo.ats.getCandidates(request),
  applications: (request) => kombo.ats.getApplications(request),
  users: (request) => kombo.ats.getUsers(request),
  roles: (request) => kombo.ats.getRoles(request),
  tags: (request) => kombo.ats.getTags(request),
  "application-stages": (request) => kombo.ats.getApplicationStages(request),
  interviews: (request) => kombo.ats.getInterviews(request),
  offers: (request) => kombo.ats.getOffers(request),
  "rejection-reasons": (request) => kombo.ats.getRejectionReasons(request),
};

function describe(error) {
  const described = {
    type: error?.constructor?.name ?? typeof error,
    message: String(error?.message ?? error),
  };
  if (typeof error?.pretty === "function") {
    described.pretty = error.pretty();
  }
  if (error?.statusCode !== undefined) {
    described.status = error.statusCode;
  }
  if (typeof error?.body === "string" && error.body.length > 0) {
    described.body = error.body.slice(0, 2000);
  }
  return described;
}

async function walk(list) {
  const ids = [];
  let pages = 0;
  const iterator = await list({ page_size: pageSize });
  for await (const page of iterator) {
    pages += 1;
    for (const record of page.result.data.results) {
      ids.push(record.id);
    }
  }
  const counted = { records: ids.length, pages, ids_unique: new Set(ids).size === ids.length };
  return withIds ? { ...counted, ids } : counted;
}

const summary = { sdk_version: SDK_METADATA.sdkVersion, page_size: pageSize, ok: true, endpoints: {} };
for (const [name, list] of Object.entries(endpoints)) {
  try {
    summary.endpoints[name] = await walk(list);
  } catch (error) {
    summary.ok = false;
    const described = describe(error);
    summary.endpoints[name] = { error: described };
    console.error(`${name}: ${described.type}: ${described.message}`);
    if (described.pretty) {
      console.error(described.pretty);
    }
  }
}

console.log(JSON.stringify(summary));
process.exit(summary.ok ? 0 : 1);
