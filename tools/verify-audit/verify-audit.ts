import fs from 'node:fs';
import { readExportFile } from './export-file';
import { verifyInclusionProofFile } from './inclusion-proof';
import { verifyExport } from './verify-export';

/**
 * npm run verify-audit -- <export> [--checkpoint <file>]... [--key <verifier key or file>] [--keep <file>]
 * npm run verify-audit -- --proof <inclusion proof file> --key <verifier key or file>
 *
 * Verifies a DPO's export of the audit log offline. Shares no code with the hub: only the format
 * in docs/AUDIT_LOG.md. Exit code 0: intact; 1: something broke (named); 2: could not be read.
 */
export function main(args: string[], print: (line: string) => void): number {
  const kept: Array<{ note: string; source: string }> = [];
  let exportPath: string | undefined;
  let trustedKey: string | undefined;
  let keep: string | undefined;
  let proof: string | undefined;
  try {
    for (let i = 0; i < args.length; i += 1) {
      const value = () => {
        if (args[i + 1] === undefined) throw new Error(`${args[i]} needs a value`);
        return args[++i];
      };
      if (args[i] === '--checkpoint') {
        const file = value();
        kept.push({ note: fs.readFileSync(file, 'utf8'), source: `kept checkpoint ${file}` });
      } else if (args[i] === '--key') {
        const key = value();
        trustedKey = fs.existsSync(key) ? fs.readFileSync(key, 'utf8') : key;
      } else if (args[i] === '--keep') keep = value();
      else if (args[i] === '--proof') proof = value();
      else if (args[i].startsWith('--')) throw new Error(`unknown option ${args[i]}`);
      else if (exportPath) throw new Error('give one export file');
      else exportPath = args[i];
    }
    if (proof) {
      if (!trustedKey) throw new Error('--proof needs --key: the checkpoint key you trust');
      const result = verifyInclusionProofFile(fs.readFileSync(proof, 'utf8'), trustedKey);
      print(result.valid ? `PROVEN: ${result.message}` : `NOT PROVEN: ${result.message}.`);
      return result.valid ? 0 : 1;
    }
    if (!exportPath) throw new Error('usage: npm run verify-audit -- <export> [--checkpoint <file>]... [--key <key>] [--keep <file>]');
    const report = verifyExport(readExportFile(fs.readFileSync(exportPath, 'utf8')), { keptCheckpoints: kept, trustedKey });
    print(`${exportPath}: ${report.entries} entries, checked against ${report.checkpointsChecked} trusted checkpoint(s).`);
    for (const finding of report.findings) print(`BROKEN ${finding.kind}: ${finding.message}`);
    for (const note of report.notes) print(`Note: ${note}`);
    if (report.intact) print(`INTACT: the first ${report.verifiedSize} entries are the log the checkpoints signed.`);
    if (keep && report.intact && report.latestVerifiedCheckpoint) {
      fs.writeFileSync(keep, report.latestVerifiedCheckpoint);
      print(`Kept the checkpoint of ${report.verifiedSize} entries in ${keep}: hand it in with --checkpoint next time.`);
    }
    return report.intact ? 0 : 1;
  } catch (error) {
    print(`verify-audit: ${(error as Error).message}`);
    return 2;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2), (line) => console.log(line));
