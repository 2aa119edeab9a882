import { bootstrapDeployment } from '../src/bootstrap';
import { Unit } from '../src/modules/units/unit.entity';
import { User } from '../src/modules/users/user.entity';
import { startTestStack, type TestStack } from './harness';

describe('bootstrapping a deployment', () => {
  let stack: TestStack;
  beforeAll(async () => (stack = await startTestStack()));
  afterAll(() => stack?.close());

  it('refuses weak input, then creates the division, the stations and a chief who can log in, once', async () => {
    await expect(bootstrapDeployment(stack.db, { username: 'C', displayName: '', password: 'short' })).rejects.toThrow(
      /USERNAME[\s\S]*NAME[\s\S]*PASSWORD/,
    );
    await bootstrapDeployment(stack.db, { username: 'Chief.Kumamoto', displayName: '生活安全企画課長', password: 'a long passphrase 2026' });
    expect(await stack.db.getRepository(Unit).count()).toBe(24);
    const chief = await stack.db.getRepository(User).findOneByOrFail({ username: 'chief.kumamoto' });
    expect(chief.role).toBe('CHIEF');
    const me = await (await stack.client().login('chief.kumamoto', 'a long passphrase 2026')).ok(`{ me { role unit { kind } } }`);
    expect(me.me).toEqual({ role: 'CHIEF', unit: { kind: 'DIVISION' } });
    await expect(bootstrapDeployment(stack.db, { username: 'again', displayName: 'x', password: 'another passphrase' })).rejects.toThrow(
      /already has users/,
    );
  });
});
