/**
 * Dependency audit: `npm run audit:deps`. Runs `npm audit --omit=dev --json` and fails on any high or
 * critical advisory on a runtime dependency that config/audit.ts does not accept.
 *
 * Some registries offer no audit service (npm answers 405). Then the audit fails too, unless it is
 * run with --allow-unavailable, as `npm test` does: it prints that no audit took place and goes on.
 * The GitHub workflow runs it strictly.
 */
import {spawnSync} from 'node:child_process';
import {acceptedAdvisories} from '../config/audit';
import {judgeAudit, type AuditReport} from './audit/judge';

const allowUnavailable = process.argv.includes('--allow-unavailable');
const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], {encoding: 'utf8', timeout: 120_000});

let report: AuditReport;
try {
  report = JSON.parse(run.stdout || '{}') as AuditReport;
} catch {
  report = {message: `npm audit printed no JSON (exit ${run.status})`};
}
const verdict = judgeAudit(report, acceptedAdvisories);
for (const line of verdict.lines) console.log(line);

if (verdict.status === 'unavailable' && allowUnavailable) {
  console.log('NOT AUDITED: this registry offers no audit service. Run `npm run audit:deps` where it does (the deploy workflow does).');
} else if (verdict.failing) {
  console.error(verdict.status === 'unavailable' ? 'audit failed: no report.' : 'audit failed: high or critical advisories above.');
  process.exitCode = 1;
} else {
  console.log('audit passed: no high or critical advisory on a runtime dependency.');
}
