import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../hub/project-root';
import { readSupergraph } from '../gateway/supergraph-file';
import { accessRulesReport } from './access-rules-report';

export const ACCESS_RULES_FILE = path.join(projectRoot, 'schema', 'ACCESS_RULES.md');

/** `npm run rules`: writes schema/ACCESS_RULES.md from the committed supergraph. */
if (require.main === module) {
  fs.writeFileSync(ACCESS_RULES_FILE, accessRulesReport(readSupergraph()));
  console.log(`Wrote ${path.relative(process.cwd(), ACCESS_RULES_FILE)}`);
}
