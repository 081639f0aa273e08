import { Webhook } from 'standardwebhooks';
import { newWebhookSecret, signWebhook } from './webhook-signature.util';

describe('webhook signatures', () => {
  it('makes secrets in the whsec_ form with a 24-byte key', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(24);
    expect(newWebhookSecret()).not.toBe(secret);
  });

  it('signs so that the standardwebhooks library verifies the payload', () => {
    const secret = newWebhookSecret();
    const body = JSON.stringify({ type: 'application.created', timestamp: '2026-03-01T00:00:00.000Z', data: { a: 1 } });
    const headers = signWebhook(secret, 'msg-1', new Date(), body);
    expect(new Webhook(secret).verify(body, { ...headers })).toEqual(JSON.parse(body));
  });

  it('produces a signature the library refuses for another body or secret', () => {
    const secret = newWebhookSecret();
    const headers = signWebhook(secret, 'msg-1', new Date(), '{"a":1}');
    expect(() => new Webhook(secret).verify('{"a":2}', { ...headers })).toThrow();
    expect(() => new Webhook(newWebhookSecret()).verify('{"a":1}', { ...headers })).toThrow();
  });
});
