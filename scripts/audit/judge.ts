/**
 * Reads the JSON report of `npm audit --omit=dev --json` (report version 2) and decides: the audit
 * fails on any high or critical advisory that config/audit.ts does not accept. A report that is an
 * error (the registry offers no audit service, no network) is "unavailable", never "clean".
 */
import type {AcceptedAdvisory} from '../../config/audit';

export type Severity = 'info' | 'low' | 'moderate' | 'high' | 'critical';
export const failingSeverities: readonly Severity[] = ['high', 'critical'];

interface Via {
  source?: number;
  name?: string;
  title?: string;
  url?: string;
  severity?: Severity;
}

interface Vulnerability {
  name: string;
  severity: Severity;
  via: (Via | string)[];
}

export interface AuditReport {
  auditReportVersion?: number;
  vulnerabilities?: Record<string, Vulnerability>;
  metadata?: {vulnerabilities?: Partial<Record<Severity | 'total', number>>; dependencies?: {total?: number; prod?: number}};
  message?: string;
  statusCode?: number;
  error?: unknown;
}

export interface AuditVerdict {
  status: 'clean' | 'findings' | 'unavailable';
  /** True when the audit must fail the run. */
  failing: boolean;
  lines: string[];
}

const isAccepted = (pkg: string, via: Via, accepted: readonly AcceptedAdvisory[], today: string) =>
  accepted.some((a) => a.package === pkg && (a.advisory === via.url || (via.url ?? '').endsWith(a.advisory)) && a.reviewBy >= today);

export function judgeAudit(report: AuditReport, accepted: readonly AcceptedAdvisory[], today = new Date().toISOString().slice(0, 10)): AuditVerdict {
  if (report.auditReportVersion !== 2 || !report.vulnerabilities) {
    const why = report.statusCode ? `HTTP ${report.statusCode}` : 'no audit report';
    const message = (report.message ?? '').replace(/https?:\/\/\S+/g, '<registry>').trim();
    return {status: 'unavailable', failing: true, lines: [`npm audit gave no report (${why}${message ? `: ${message}` : ''}).`]};
  }
  const lines: string[] = [];
  let failing = false;
  for (const vulnerability of Object.values(report.vulnerabilities)) {
    const advisories = vulnerability.via.filter((v): v is Via => typeof v === 'object');
    // A package flagged only through another package ("via" names) is reported on that package.
    for (const via of advisories) {
      const severity = via.severity ?? vulnerability.severity;
      if (!failingSeverities.includes(severity)) {
        lines.push(`${severity}: ${vulnerability.name}: ${via.title ?? ''} ${via.url ?? ''} (below the failing level)`.replace(/\s+/g, ' '));
        continue;
      }
      const ok = isAccepted(vulnerability.name, via, accepted, today);
      failing ||= !ok;
      lines.push(`${severity}: ${vulnerability.name}: ${via.title ?? ''} ${via.url ?? ''}${ok ? ' (accepted in config/audit.ts)' : ''}`.replace(/\s+/g, ' '));
    }
  }
  const counts = report.metadata?.vulnerabilities ?? {};
  const deps = report.metadata?.dependencies?.prod ?? report.metadata?.dependencies?.total;
  lines.unshift(
    `npm audit --omit=dev: ${deps ?? '?'} runtime dependencies; critical ${counts.critical ?? 0}, high ${counts.high ?? 0}, moderate ${counts.moderate ?? 0}, low ${counts.low ?? 0}.`,
  );
  return {status: failing ? 'findings' : 'clean', failing, lines};
}
