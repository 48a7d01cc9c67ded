/**
 * Activation's last step: in development/test runs seed the token from the
 * environment, then read SecretStorage, which starts everything else through
 * the auth session's change event.
 */
import type { AuthSession } from '../auth/authSession';
import { seedTestToken } from '../auth/seedTestToken';
import type { TokenStore } from '../auth/tokenStore';
import type { DevEnvironment } from '../config/devEnvironment';
import type { ComponentLogger } from '../log/logger';
import { describeError } from '../log/logger';

export async function startSession(dev: DevEnvironment, tokens: TokenStore, auth: AuthSession, log: ComponentLogger): Promise<void> {
  try {
    await seedTestToken(dev, tokens, log);
  } catch (error) {
    log.warn(`Could not seed the test token: ${describeError(error)}`);
  }
  await auth.reload();
}
