import { cacheVerified } from '../platform/verified-token-cache';

/** A token as the cache sees it: only its payload's `exp` is read (the verify function checks the rest). */
const token = (exp: number | undefined, signature = 'sig') =>
  `${Buffer.from('{"alg":"ES256"}').toString('base64url')}.${Buffer.from(JSON.stringify(exp === undefined ? {} : { exp })).toString('base64url')}.${signature}`;

describe('the verified-token cache', () => {
  let clock = 1_000_000_000_000;
  const now = () => clock;
  const checks: string[] = [];
  const verify = async (value: string) => {
    checks.push(value);
    if (value.endsWith('.forged')) throw new Error('signature verification failed');
    return { subject: value.slice(-6) };
  };
  beforeEach(() => (checks.length = 0));

  test('checks a token once, then answers from memory until it expires', async () => {
    const verified = cacheVerified(verify, { now });
    const good = token(clock / 1000 + 30);
    await verified(good);
    await verified(good);
    expect(checks).toEqual([good]);
    clock += 31_000;
    await verified(good);
    expect(checks).toEqual([good, good]);
  });

  test('keeps a token at most maxAgeMs, even when it expires later', async () => {
    const verified = cacheVerified(verify, { now, maxAgeMs: 1000 });
    const good = token(clock / 1000 + 3600);
    await verified(good);
    clock += 1001;
    await verified(good);
    expect(checks).toHaveLength(2);
  });

  test('never remembers a refused token, nor lets an altered one pass as the cached one', async () => {
    const verified = cacheVerified(verify, { now });
    const good = token(clock / 1000 + 60);
    await verified(good);
    const forged = `${good.slice(0, good.lastIndexOf('.'))}.forged`;
    await expect(verified(forged)).rejects.toThrow('signature verification failed');
    await expect(verified(forged)).rejects.toThrow('signature verification failed');
    expect(checks).toEqual([good, forged, forged]);
  });

  test('a token without exp is checked every time; the cache forgets the oldest past its size', async () => {
    const verified = cacheVerified(verify, { now, size: 2 });
    const noExp = token(undefined);
    await verified(noExp);
    await verified(noExp);
    const [a, b, c] = ['aaaaaa', 'bbbbbb', 'cccccc'].map((signature) => token(clock / 1000 + 60, signature));
    for (const value of [a, b, c, a]) await verified(value);
    expect(checks).toEqual([noExp, noExp, a, b, c, a]);
  });
});
