import { strict as assert } from 'node:assert';
import { checkBaseUrl } from '../../../src/core/clickup/baseUrl';
import { isClickUpError } from '../../../src/core/clickup/errors';

function isInsecure(error: unknown): boolean {
  return isClickUpError(error) && error.reason === 'insecureBaseUrl';
}

describe('checkBaseUrl', () => {
  it('accepts https and drops a trailing slash', () => {
    assert.equal(checkBaseUrl('https://api.clickup.com/api/v2/'), 'https://api.clickup.com/api/v2');
  });

  it('accepts plain http on loopback addresses', () => {
    for (const url of ['http://127.0.0.1:4000/api/v2', 'http://127.5.6.7/api/v2', 'http://localhost:1/x', 'http://[::1]:8/api']) {
      assert.doesNotThrow(() => checkBaseUrl(url), url);
    }
  });

  it('refuses plain http anywhere else', () => {
    for (const url of ['http://api.clickup.com/api/v2', 'http://10.0.0.1/api', 'http://127.0.0.1.evil.com/api', 'http://localhost.evil.com']) {
      assert.throws(() => checkBaseUrl(url), isInsecure, url);
    }
  });

  it('refuses other schemes, junk and embedded credentials', () => {
    for (const url of ['ftp://api.clickup.com', 'not a url', '', 'https://user:pw@api.clickup.com/api/v2']) {
      assert.throws(() => checkBaseUrl(url), isInsecure, url);
    }
  });
});
