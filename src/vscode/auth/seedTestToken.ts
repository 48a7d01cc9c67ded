/**
 * Test and demo runs start signed in: the token from the environment is copied
 * into SecretStorage at activation, only when the extension runs in development
 * or test mode (readDevEnvironment gives nothing in production) and only when no
 * token is stored yet.
 */
import type { DevEnvironment } from '../config/devEnvironment';
import type { ComponentLogger } from '../log/logger';
import type { TokenStore } from './tokenStore';

export async function seedTestToken(dev: DevEnvironment, tokens: TokenStore, log: ComponentLogger): Promise<void> {
  if (dev.token === undefined || (await tokens.get()) !== undefined) {
    return;
  }
  await tokens.set(dev.token);
  log.info('Development run: stored the token given in the environment.');
}
