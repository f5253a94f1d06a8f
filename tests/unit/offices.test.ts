import { date } from '../support/dates.ts';
import { describe, expect, test } from 'vitest';
import { officeOn } from '../../src/lib/offices.ts';
import type { Role } from '../../src/schemas/person.ts';


const biden: Role[] = [{ title: 'President of the United States', short: 'President', from: date('2021-01-20'), to: date('2025-01-20') }];
const harris: Role[] = [{ title: 'Vice President of the United States', short: 'Vice President', from: date('2021-01-20'), to: date('2025-01-20') }];
const trump: Role[] = [
  { title: 'President of the United States', short: 'President', to: date('2021-01-20') },
  { title: 'President-elect of the United States', short: 'President-elect', from: date('2024-11-06'), to: date('2025-01-20') },
  { title: 'President of the United States', short: 'President', from: date('2025-01-20') },
];

describe('officeOn', () => {
  test('Biden is "President" on 6 November 2024', () => {
    expect(officeOn(biden, date('2024-11-06'))).toBe('President');
  });

  test('Biden is a former president in March 2025', () => {
    expect(officeOn(biden, date('2025-03'))).toBe('former President');
  });

  test('Harris is "Vice President" on 6 November 2024', () => {
    expect(officeOn(harris, date('2024-11-06'))).toBe('Vice President');
  });

  test('Trump is "President-elect" on 13 November 2024', () => {
    expect(officeOn(trump, date('2024-11-13'))).toBe('President-elect');
  });

  test('claims no role on the day it begins, at day precision, and falls back to a certain former one', () => {
    expect(officeOn(trump, date('2024-11-06'))).toBe('former President');
  });

  test('says nothing on a handover day when nothing is certain', () => {
    expect(officeOn(biden, date('2025-01-20'))).toBeUndefined();
  });

  test('a role without a start counts as held before its end', () => {
    expect(officeOn(trump, date('2020-11'))).toBe('President');
  });

  test('is the current role after a start', () => {
    expect(officeOn(trump, date('2025-03'))).toBe('President');
  });

  test('is undefined with no roles', () => {
    expect(officeOn([], date('2025-03'))).toBeUndefined();
  });
});
