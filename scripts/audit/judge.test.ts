import type {AcceptedAdvisory} from '../../config/audit';
import {judgeAudit, type AuditReport} from './judge';

const report = (vulnerabilities: AuditReport['vulnerabilities'], counts: Record<string, number> = {}): AuditReport => ({
  auditReportVersion: 2,
  vulnerabilities,
  metadata: {vulnerabilities: counts, dependencies: {prod: 900}},
});

const highInLib: AuditReport['vulnerabilities'] = {
  lib: {name: 'lib', severity: 'high', via: [{source: 1, name: 'lib', title: 'Prototype pollution', url: 'https://github.com/advisories/GHSA-aaaa-bbbb-cccc', severity: 'high'}]},
  app: {name: 'app', severity: 'high', via: ['lib']},
};

describe('dependency audit verdict', () => {
  it('passes a clean report and says how many dependencies were audited', () => {
    const verdict = judgeAudit(report({}), []);
    expect(verdict).toMatchObject({status: 'clean', failing: false});
    expect(verdict.lines[0]).toBe('npm audit --omit=dev: 900 runtime dependencies; critical 0, high 0, moderate 0, low 0.');
  });

  it('fails on a high advisory, naming the package and the advisory once', () => {
    const verdict = judgeAudit(report(highInLib, {high: 2}), []);
    expect(verdict).toMatchObject({status: 'findings', failing: true});
    expect(verdict.lines.slice(1)).toEqual(['high: lib: Prototype pollution https://github.com/advisories/GHSA-aaaa-bbbb-cccc']);
  });

  it('fails on critical, passes moderate and low', () => {
    const one = (severity: 'critical' | 'moderate' | 'low') =>
      judgeAudit(report({x: {name: 'x', severity, via: [{title: 't', url: 'u', severity}]}}), []).failing;
    expect([one('critical'), one('moderate'), one('low')]).toEqual([true, false, false]);
  });

  it('accepts an advisory listed in config/audit.ts until its review date', () => {
    const accepted: AcceptedAdvisory[] = [{package: 'lib', advisory: 'GHSA-aaaa-bbbb-cccc', reason: 'build time only', reviewBy: '2027-01-01'}];
    expect(judgeAudit(report(highInLib), accepted, '2026-12-01')).toMatchObject({status: 'clean', failing: false});
    expect(judgeAudit(report(highInLib), accepted, '2027-01-02')).toMatchObject({status: 'findings', failing: true});
  });

  it('treats an error answer as unavailable (never clean), without echoing the registry address', () => {
    const verdict = judgeAudit({message: '405 Method Not Allowed - POST https://example.invalid/-/npm/v1/security/advisories/bulk', statusCode: 405}, []);
    expect(verdict.status).toBe('unavailable');
    expect(verdict.failing).toBe(true);
    expect(verdict.lines).toEqual(['npm audit gave no report (HTTP 405: 405 Method Not Allowed - POST <registry>).']);
  });
});
