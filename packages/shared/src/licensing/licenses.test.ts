import {
  maskRegistrationKey,
  servicePlanDaysLeft,
  servicePlanStatus,
  REGISTRATION_KEY_PATTERN,
  type ServicePlanStatus,
} from './licenses';

describe('maskRegistrationKey', () => {
  test.each([
    ['ABCDE-FGHIJ-KLMNO-7F3A', '•••••-•••••-•••••-7F3A'],
    ['NWL5-ACME-7Q4K-29XD-M3PV', '••••-••••-••••-••••-M3PV'],
    ['AB-CD-EF', '••-CD-EF'],
    ['ABC', 'ABC'],
    ['', ''],
    ['KEY 1234', '••••1234'],
  ])('%s → %s', (key, masked) => {
    expect(maskRegistrationKey(key)).toBe(masked);
  });

  test('keeps none of the hidden characters', () => {
    const key = 'QWERT-YUIOP-ASDFG-HJKL';
    const masked = maskRegistrationKey(key);
    for (const character of 'QWERTYUIOPASDFG') expect(masked).not.toContain(character);
    expect(masked.endsWith('HJKL')).toBe(true);
  });
});

describe('REGISTRATION_KEY_PATTERN', () => {
  test.each([
    ['NWL5-ACME-7Q4K-29XD-M3PV', true],
    ['ABCDE-FGHIJ-KLMNO-PQRST', true],
    ['ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ12-3456', true],
    ['ABCD-EFGH-IJKL', false],
    ['ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ12-3456-7890', false],
    ['abcd-efgh-ijkl-mnop', false],
    ['ABC-EFGH-IJKL-MNOP', false],
    ['ABCDEF-EFGH-IJKL-MNOP', false],
    ['ABCD EFGH IJKL MNOP', false],
  ])('%s → %s', (key, valid) => {
    expect(REGISTRATION_KEY_PATTERN.test(key)).toBe(valid);
  });
});

describe('servicePlanStatus and servicePlanDaysLeft', () => {
  const plan = { servicePlan: 'Premier Support', startsOn: '2030-01-01', endsOn: '2030-06-30' };
  test.each<
    [
      string,
      { servicePlan: string | null; startsOn: string; endsOn: string },
      string,
      ServicePlanStatus,
      number | null,
    ]
  >([
    ['no plan', { ...plan, servicePlan: null }, '2030-03-01', 'NONE', null],
    ['the day before it starts', plan, '2029-12-31', 'NOT_STARTED', 181],
    ['its first day', plan, '2030-01-01', 'ACTIVE', 180],
    ['31 days before the end', plan, '2030-05-30', 'ACTIVE', 31],
    ['30 days before the end', plan, '2030-05-31', 'EXPIRING_SOON', 30],
    ['its last day', plan, '2030-06-30', 'EXPIRING_SOON', 0],
    ['the day after its last day', plan, '2030-07-01', 'EXPIRED', null],
    ['a year later', plan, '2031-07-01', 'EXPIRED', null],
    [
      'a one-day plan, on that day',
      { ...plan, startsOn: '2030-02-28', endsOn: '2030-02-28' },
      '2030-02-28',
      'EXPIRING_SOON',
      0,
    ],
    ['across a leap day', { ...plan, endsOn: '2032-03-01' }, '2032-02-01', 'EXPIRING_SOON', 29],
  ])('%s', (_label, license, today, status, daysLeft) => {
    expect(servicePlanStatus(license, today)).toBe(status);
    expect(servicePlanDaysLeft(license, today)).toBe(daysLeft);
  });
});
