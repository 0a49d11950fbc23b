import fs from 'node:fs';

/**
 * npm run fetch-audit -- <export.json> [--gateway <url>] [--token <DPO token>] [--keep <file>]
 *
 * Fetches the audit log's export through the gateway as a data-protection officer, page by page
 * (`auditLogExport`), into the file `npm run verify-audit` reads (docs/AUDIT_LOG.md §5), and keeps
 * the latest checkpoint in a file of its own (default `<export>.checkpoint`): keep it outside the
 * hub, and hand it to `verify-audit --checkpoint` next time. The token comes from `--token` or
 * HUB_TOKEN (the embedded hub: `npm run --silent token -- --user helen`).
 */
const PAGE = `query AuditLogExport($from: Int!) { auditLogExport(from: $from, limit: 5000) {
  format origin checkpointKey exportedAt treeSize entries { index leaf leafHash } checkpoints nextAfter } }`;

const USAGE = 'usage: npm run fetch-audit -- <export.json> [--gateway <url>] [--token <DPO token>] [--keep <file>]';

interface Page {
  format: string; origin: string; checkpointKey: string; exportedAt: string; treeSize: number;
  entries: Array<{ index: number; leaf: string; leafHash: string }>; checkpoints: string[]; nextAfter: number | null;
}

export async function main(args: string[], print: (line: string) => void, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let out: string | undefined;
  let gateway = env.GATEWAY_URL || 'http://127.0.0.1:4000/graphql';
  let token = env.HUB_TOKEN;
  let keep: string | undefined;
  try {
    for (let i = 0; i < args.length; i += 1) {
      const value = () => {
        if (args[i + 1] === undefined) throw new Error(`${args[i]} needs a value`);
        return args[++i];
      };
      if (args[i] === '--gateway') gateway = value();
      else if (args[i] === '--token') token = value();
      else if (args[i] === '--keep') keep = value();
      else if (args[i].startsWith('--')) throw new Error(`unknown option ${args[i]}`);
      else if (out) throw new Error('give one export file');
      else out = args[i];
    }
    if (!out) throw new Error(USAGE);
    if (!token) throw new Error('give a data-protection officer\'s token with --token or HUB_TOKEN (embedded hub: npm run --silent token -- --user helen)');
  } catch (error) {
    print(`fetch-audit: ${(error as Error).message}`);
    return 2;
  }
  try {
    const pages: Page[] = [];
    for (let from: number | null = 0; from !== null; from = pages.at(-1)!.nextAfter) {
      const response = await fetch(gateway, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: PAGE, variables: { from } }),
      });
      const answer = (await response.json()) as { data?: { auditLogExport: Page | null }; errors?: Array<{ message: string }> };
      if (answer.errors?.length || !answer.data?.auditLogExport) throw new Error(answer.errors?.[0]?.message ?? `the gateway answered HTTP ${response.status}`);
      pages.push(answer.data.auditLogExport);
    }
    const [first] = pages;
    const exported = {
      format: first.format, origin: first.origin, checkpointKey: first.checkpointKey, exportedAt: first.exportedAt,
      entries: pages.flatMap((page) => page.entries), checkpoints: pages.flatMap((page) => page.checkpoints),
    };
    fs.writeFileSync(out, `${JSON.stringify(exported, null, 1)}\n`);
    print(`Wrote ${exported.entries.length} entries and ${exported.checkpoints.length} checkpoints of ${exported.origin} to ${out}.`);
    const latest = exported.checkpoints.at(-1);
    if (latest) {
      const kept = keep ?? `${out.replace(/\.json$/, '')}.checkpoint`;
      fs.writeFileSync(kept, latest);
      print(`Kept the latest checkpoint (${latest.split('\n')[1]} entries) in ${kept}: keep it outside the hub, and check later exports against it:`);
      print(`  npm run verify-audit -- <later export> --key '${exported.checkpointKey}' --checkpoint ${kept}`);
    }
    print(`The checkpoint key the hub names is ${exported.checkpointKey}: pin your own copy rather than trusting the export's.`);
    return 0;
  } catch (error) {
    print(`fetch-audit: ${(error as Error).message}`);
    return 1;
  }
}

if (require.main === module) void main(process.argv.slice(2), (line) => console.log(line)).then((code) => { process.exitCode = code; });
