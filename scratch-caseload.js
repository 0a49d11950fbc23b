require('/work/main/node_modules/reflect-metadata');
const fs = require('fs'), os = require('os'), path = require('path');
const d = '/work/main/dist';
const { buildDatasets, MIXED_CASELOAD_AGENCY } = require(d + '/bench/datasets.js');
const { SMOKE } = require(d + '/bench/bench-settings.js');
const { startHub } = require(d + '/hub/start-hub.js');
const { inProcessHubConfig } = require(d + '/hub/in-process-config.js');
const { issueToken } = require(d + '/hub/tokens.js');
const ops = require(d + '/bench/operations.js');
(async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'scratch-'));
  const data = await buildDatasets(root, { ...SMOKE, mixedCaseload: 50, caseloadSizes: [], smallRegister: 2, largeRegister: 4 });
  const hub = await startHub(inProcessHubConfig(data.hubDir), { prepareDatabases: false });
  const token = await issueToken(hub.signingKey, { sub: 'x', role: 'adviser', agency: MIXED_CASELOAD_AGENCY });
  const which = process.argv[2] || 'caseload';
  const op = which === 'caseload' ? ops.caseload(50) : which === 'write' ? ops.recordOutcome(data.singleViewPersonId) : ops.singleView(data.singleViewPersonId);
  const tok = which === 'write' ? await issueToken(hub.signingKey, { sub: 'y', role: 'adviser', agency: 'employability' }) : token;
  const N = which === 'write' ? 300 : 30;
  const inspector = require('inspector'); const session = new inspector.Session(); session.connect();
  const post = (m, p) => new Promise((res, rej) => session.post(m, p || {}, (e, r) => e ? rej(e) : res(r)));
  for (let i = 0; i < N; i++) {
    if (i === (which === 'write' ? 50 : 5)) { await post('Profiler.enable'); await post('Profiler.start'); }
    const t = Date.now();
    const r = await fetch(hub.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer ' + tok }, body: JSON.stringify({ query: op.query, variables: op.variables }) });
    const body = await r.json();
    if (i >= N - 2) console.log(which, i, Date.now() - t, 'ms', (body.errors || []).length, 'errors', JSON.stringify(body).length, 'bytes');
  }
  const { profile } = await post('Profiler.stop'); fs.writeFileSync('/tmp/prof/req.cpuprofile', JSON.stringify(profile));
  await hub.stop();
  process.exit(0);
})();
