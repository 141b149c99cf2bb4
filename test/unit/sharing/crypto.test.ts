// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { keysOfRing, openEnvelope, sealBundle } from '@/utils/sharing/codec';
import { PAD_TO, deriveEpochKeys, documentId, epochOfId, newGroupSecret } from '@/utils/sharing/crypto';
import type { Bundle } from '@/utils/sharing/documents';
import { newPassphrase } from '@/utils/sharing/invite';

const bundle = (text: string): Bundle => ({ kind: 'log', origin: 'admin-test-1', log: { notes: [text] } });

describe('sharing crypto', () => {
  it('document ids are keyed hashes: the same under one key, different under another, no id inside', async () => {
    const secret = newGroupSecret();
    const keys = await deriveEpochKeys(secret, 1, '1234567');
    const again = await deriveEpochKeys(secret, 1, '1234567');
    const other = await deriveEpochKeys(newGroupSecret(), 1, '1234567');
    const about = ['person', '1234567', '100004517623'];
    const id = await documentId(keys, about);
    expect(id).toBe(await documentId(again, about));
    expect(id).not.toBe(await documentId(other, about));
    expect(id).toMatch(/^e1\.[A-Za-z0-9_-]{32}$/);
    expect(id).not.toContain('1234567');
    expect(epochOfId(id)).toBe(1);
  });

  it('a document opens only under its own id and unchanged; its size says only a rough size', async () => {
    const { current } = await keysOfRing({
      groupId: '1234567',
      epochs: [{ epoch: 1, secret: newGroupSecret() }],
    });
    const [a, b] = [
      await documentId(current, ['person', '1234567', 'a']),
      await documentId(current, ['person', '1234567', 'b']),
    ];
    const envelope = await sealBundle(current, a, bundle('Chat diabétique'));
    expect(await openEnvelope(current, envelope)).toEqual({ ok: true, bundle: bundle('Chat diabétique') });
    // Moved under another document's id: refused (the id is bound in).
    expect(await openEnvelope(current, { ...envelope, _id: b })).toEqual({ ok: false, reason: 'tampered' });
    const flipped = envelope.ct.slice(0, 10) + (envelope.ct[10] === 'A' ? 'B' : 'A') + envelope.ct.slice(11);
    expect(await openEnvelope(current, { ...envelope, ct: flipped })).toEqual({
      ok: false,
      reason: 'tampered',
    });
    expect(await openEnvelope(current, { ...envelope, k: 2, _id: a.replace('e1.', 'e2.') })).toEqual({
      ok: false,
      reason: 'newer',
    });
    expect(await openEnvelope(current, { _id: a, hello: 'world' })).toEqual({
      ok: false,
      reason: 'malformed',
    });
    // Short and slightly longer texts give ciphertexts of the same length (padding to PAD_TO bytes).
    const longer = await sealBundle(current, a, bundle('Chat diabétique, insuline matin et soir'));
    expect(longer.ct.length).toBe(envelope.ct.length);
    expect(Math.round(((envelope.ct.length * 3) / 4 - 16) / PAD_TO)).toBe(1);
  });

  it('passphrases are 25 characters of 32 in groups of five', () => {
    const phrase = newPassphrase();
    expect(phrase).toMatch(/^[2-9A-HJ-NP-Z]{5}(-[2-9A-HJ-NP-Z]{5}){4}$/);
    expect(newPassphrase()).not.toBe(phrase);
  });
});
