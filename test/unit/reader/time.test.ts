/** Times and join lines, against a fixed clock. Unknown wording gives no estimate. */
import { describe, expect, it } from 'vitest';
import { readJoinLine, readPostTime } from '@/utils/facebook/time';
import { fixtureTruth } from './fixtures';

const clock = { now: new Date('2024-08-12T10:00:00Z'), timeZone: 'Europe/Paris' }; // a Monday, 12:00 in Paris

describe('readPostTime', () => {
  it.each([
    ['3h', '2024-08-12T07:00:00.000Z', 'hour'],
    ['1h', '2024-08-12T09:00:00.000Z', 'hour'],
    ['2 wks', '2024-07-29T10:00:00.000Z', 'week'],
    ['1w', '2024-08-05T10:00:00.000Z', 'week'],
    ['30 May at 11:02', '2024-05-30T09:02:00.000Z', 'minute'],
    ['Yesterday at 15:28', '2024-08-11T13:28:00.000Z', 'minute'],
    ['3 April 2018 at 20:02', '2018-04-03T18:02:00.000Z', 'minute'],
    ['2 yrs', '2022-08-12T10:00:00.000Z', 'year'],
    ['19\u00a0min', '2024-08-12T09:41:00.000Z', 'minute'],
    ['1\u00a0h', '2024-08-12T09:00:00.000Z', 'hour'],
    ['1 j', '2024-08-11T10:00:00.000Z', 'day'],
    ['2\u00a0sem.', '2024-07-29T10:00:00.000Z', 'week'],
    ['18 juillet à 13:25', '2024-07-18T11:25:00.000Z', 'minute'],
    ['1 août à 09:55', '2024-08-01T07:55:00.000Z', 'minute'],
    ['17 juin, 23:50', '2024-06-17T21:50:00.000Z', 'minute'],
    ['il y a 18 heures 18 h', '2024-08-11T16:00:00.000Z', 'hour'],
    ['il y a un jour 1 j', '2024-08-11T10:00:00.000Z', 'day'],
    ['À l’instant', '2024-08-12T10:00:00.000Z', 'minute'],
  ])('%s → %s (%s)', (label, at, precision) => {
    expect(readPostTime(label, clock)).toEqual({ at, atPrecision: precision });
  });

  it('puts a date without a year at the latest such date not after now', () => {
    expect(readPostTime('20 December at 10:00', clock).at).toBe('2023-12-20T09:00:00.000Z');
  });

  it.each(['il y a longtemps', 'last summer', 'Sponsorisé', '', '31 February at 10:00', '99:99'])(
    'gives no estimate for %j',
    (label) => {
      expect(readPostTime(label, clock)).toEqual({});
    },
  );
});

describe('readJoinLine', () => {
  it('turns join lines into intervals with a precision', () => {
    expect(readJoinLine('Joined 3 hours ago', clock)).toMatchObject({
      joinedAfter: '2024-08-12T06:00:00.000Z',
      joinedBefore: '2024-08-12T07:00:00.000Z',
      joinPrecision: 'hour',
    });
    expect(readJoinLine('Joined on Thursday', clock)).toMatchObject({
      joinedAfter: '2024-08-07T22:00:00.000Z',
      joinedBefore: '2024-08-08T21:59:59.999Z',
      joinPrecision: 'day',
    });
    expect(readJoinLine('Added by Lily Hall on August 11, 2024', clock, 'Lily Hall')).toMatchObject({
      joinedAfter: '2024-08-10T22:00:00.000Z',
      joinPrecision: 'day',
      hasReferrer: true,
    });
    expect(readJoinLine('Joined about 2 weeks ago', clock)).toMatchObject({
      joinedAfter: '2024-07-22T10:00:00.000Z',
      joinedBefore: '2024-08-05T10:00:00.000Z',
      joinPrecision: 'week',
    });
    expect(readJoinLine('Đã tham gia vào thứ Ba', clock)).toMatchObject({
      joinedAfter: '2024-08-05T22:00:00.000Z',
      joinPrecision: 'day',
    });
  });

  it('keeps "last Monday" as the two Mondays it could be', () => {
    expect(readJoinLine('Joined last Monday', clock)).toMatchObject({
      joinedAfter: '2024-07-28T22:00:00.000Z',
      joinedBefore: '2024-08-05T21:59:59.999Z',
      joinPrecision: 'week',
    });
  });

  it('never reads an inviter name as a date', () => {
    const reading = readJoinLine('Added by June May on August 11, 2024', clock, 'June May');
    expect(reading.joinedAfter).toBe('2024-08-10T22:00:00.000Z');
    expect(readJoinLine('Added by June May on August 11, 2024', clock).joinedAfter).toBeUndefined();
  });

  it.each([
    'Joined',
    'A rejoint le groupe il y a environ 2 semaines',
    'Membre depuis le 21 juin 2022',
    'Invité(e) par Camille Roux',
    'Nouveau membre',
  ])('keeps unknown or timeless wording raw with no estimate: %j', (line) => {
    const reading = readJoinLine(line, clock);
    expect(reading.rawJoin).toBe(line);
    expect(reading.joinedAfter).toBeUndefined();
    expect(reading.joinedBefore).toBeUndefined();
    expect(reading.joinPrecision).toBeUndefined();
  });

  it.each(['www_comet_group_members_2024-08', 'www_comet_group_members_vi_rows_2024-06'])(
    'understands every join line of %s except a bare "Joined", each interval ending before now',
    (name) => {
      for (const row of fixtureTruth(name).member_rows ?? []) {
        if (!row.join_text) continue;
        const reading = readJoinLine(row.join_text, clock, row.referrer?.display_name);
        if (row.join_text === 'Joined') {
          expect(reading.joinedAfter).toBeUndefined();
          continue;
        }
        expect(reading.joinPrecision, row.join_text).toBeDefined();
        expect(reading.joinedAfter! <= reading.joinedBefore!).toBe(true);
        expect(new Date(reading.joinedBefore!).getTime()).toBeLessThanOrEqual(clock.now.getTime());
      }
    },
  );
});
