import { QueryFailedError } from 'typeorm';
import { withoutQueryParameters } from './log-unexpected';

describe('withoutQueryParameters', () => {
  it('keeps the query and the message of a failed query, never its parameters', () => {
    const failed = new QueryFailedError(
      'INSERT INTO "license" VALUES ($1, $2)',
      ['acme', 'ABCD-EFGH-JKLM-NPQR'],
      new Error('duplicate key'),
    );
    const logged = withoutQueryParameters(failed) as Error;
    const text = `${logged.message}\n${logged.stack}`;
    expect(text).toContain('duplicate key');
    expect(text).toContain('INSERT INTO "license"');
    expect(text).toContain('2 withheld');
    expect(text).not.toContain('ABCD-EFGH-JKLM-NPQR');
    expect(Object.values(logged)).not.toContain(failed.parameters);
  });

  it('leaves any other error as it is', () => {
    const other = new Error('boom');
    expect(withoutQueryParameters(other)).toBe(other);
  });
});
