import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../../test/test-app';
import { AccountEntity } from '../../modules/auth/account.entity';
import { isUniqueViolation } from './unique-violation';

describe('isUniqueViolation', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  function insertAccount(email: string, id: string = randomUUID()): Promise<unknown> {
    return app.db.write([], (manager) =>
      manager.insert(AccountEntity, {
        id,
        emailNormalized: email,
        passwordHash: 'not a real hash',
        createdAt: new Date(),
      }),
    );
  }

  async function failureOf(write: Promise<unknown>): Promise<unknown> {
    return write.then(
      () => {
        throw new Error('the write was expected to fail');
      },
      (error: unknown) => error,
    );
  }

  it('recognizes the unique column that stopped a write, and only that one', async () => {
    const id = randomUUID();
    await insertAccount('twice@people.test', id);

    const sameEmail = await failureOf(insertAccount('twice@people.test'));
    expect(isUniqueViolation(sameEmail, 'account', 'email_normalized')).toBe(true);
    expect(isUniqueViolation(sameEmail, 'account', 'id')).toBe(false);
    expect(isUniqueViolation(sameEmail, 'professional', 'email_normalized')).toBe(false);

    const sameId = await failureOf(insertAccount('other@people.test', id));
    expect(isUniqueViolation(sameId, 'account', 'email_normalized')).toBe(false);

    expect(isUniqueViolation(new Error('something else'), 'account', 'email_normalized')).toBe(
      false,
    );
    expect(isUniqueViolation(undefined, 'account', 'email_normalized')).toBe(false);
  });
});
