import fs from 'node:fs';
import path from 'node:path';
import { AuditLeafError, encodeAuditLeaf, type AuditLeafFields } from '../subgraphs/consent/audit-log/audit-leaf';
import { hashLeaf } from '../subgraphs/consent/audit-log/merkle-hashing';
import { readLeaf } from '../tools/verify-audit/leaf-format';
import { leafHash } from '../tools/verify-audit/merkle';

const breakGlass: AuditLeafFields = {
  subject: 'staff-dana', agency: 'careers-service', role: 'adviser', personId: 'p-1',
  subgraph: 'welfare-rights', fieldPath: 'Person.welfareCase.benefits', category: 'welfare', decision: 'ALLOWED',
  reason: 'BREAK_GLASS', consentId: null, justification: 'Risk to life: café visit, 02:00', requestId: 'gw-7f3a', correlationId: null,
  at: new Date('2026-12-02T06:50:07.123Z'),
};

/** The worked example in docs/AUDIT_LOG.md, between its markers, so that the document cannot drift from the code. */
function documentedExample(): { leafHex: string; leafHash: string } {
  const doc = fs.readFileSync(path.join(__dirname, '..', 'docs', 'AUDIT_LOG.md'), 'utf8');
  const block = /<!-- leaf-example -->([\s\S]*?)<!-- \/leaf-example -->/.exec(doc)![1];
  return {
    leafHex: /leaf \(hex\):\s*([0-9a-f\s]+?)\n\n/.exec(block)![1].replace(/\s+/g, ''),
    leafHash: /leaf hash \(hex\): ([0-9a-f]{64})/.exec(block)![1],
  };
}

describe('an audit entry has one canonical leaf an outsider can recompute', () => {
  test('the leaf of the documented break-glass access is the bytes docs/AUDIT_LOG.md shows, and its hash too', () => {
    const leaf = encodeAuditLeaf(breakGlass);
    const example = documentedExample();
    expect(leaf.toString('hex')).toBe(example.leafHex);
    expect(hashLeaf(leaf).toString('hex')).toBe(example.leafHash);
    expect(leafHash(leaf).toString('hex')).toBe(example.leafHash);
  });

  test('the offline verifier reads back every field from the bytes alone', () => {
    expect(readLeaf(encodeAuditLeaf(breakGlass))).toEqual({ ...breakGlass, at: '2026-12-02T06:50:07.123Z' });
  });

  test('an absent field and an empty one give different leaves, as do fields whose text moves between them', () => {
    const absent = encodeAuditLeaf({ ...breakGlass, correlationId: null });
    const empty = encodeAuditLeaf({ ...breakGlass, correlationId: '' });
    expect(absent.equals(empty)).toBe(false);
    const moved = encodeAuditLeaf({ ...breakGlass, subject: 'staff-danacareers-service', agency: '' });
    expect(moved.equals(encodeAuditLeaf(breakGlass))).toBe(false);
  });

  test('an entry missing a required field, with a bad decision, a bad time or broken text is refused, naming the field', () => {
    expect(() => encodeAuditLeaf({ ...breakGlass, requestId: null as unknown as string })).toThrow(new AuditLeafError('audit entry field "requestId" is required'));
    expect(() => encodeAuditLeaf({ ...breakGlass, decision: 'MAYBE' as 'ALLOWED' })).toThrow('audit entry field "decision" must be ALLOWED or DENIED');
    expect(() => encodeAuditLeaf({ ...breakGlass, at: new Date('not a time') })).toThrow('audit entry field "at" is not a valid time');
    expect(() => encodeAuditLeaf({ ...breakGlass, justification: 'half a pair \ud800' })).toThrow('audit entry field "justification" is not valid Unicode text');
  });

  test('the verifier refuses leaves cut short, with bytes after the end, or with an absent required field', () => {
    const leaf = encodeAuditLeaf(breakGlass);
    expect(readLeaf(leaf.subarray(0, leaf.length - 3))).toBe('field "at" is cut short');
    expect(readLeaf(Buffer.concat([leaf, Buffer.from([0])]))).toBe('1 bytes follow the last field');
    expect(readLeaf(Buffer.from([0x01, 0x00]))).toBe('field "subject" is absent, and it is required');
  });
});
