import { checkWebhookTarget, judgeAddress, urlProblem } from './webhook-target.util';

describe('webhook target rules', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    '::',
    'fd12:3456::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '64:ff9b::a00:1',
  ])('refuses the private or loopback address %s by default and allows it when the operator says so', (address) => {
    expect(judgeAddress(address, false).allowed).toBe(false);
    expect(judgeAddress(address, true).allowed).toBe(true);
  });

  it.each([
    '169.254.169.254',
    '169.254.0.1',
    'fe80::1',
    '::ffff:169.254.169.254',
    '100.100.100.200',
    'fd00:ec2::254',
    '::a9fe:a9fe',
    '::127.0.0.1',
    '::169.254.169.254',
    '::ffff:0:a9fe:a9fe',
    '64:ff9b:1::a9fe:a9fe',
    '2002:a9fe:a9fe::1',
    '2001:0:4136:e378:8000:63bf:3fff:fdd2',
  ])('refuses the link-local or metadata address %s even when private targets are allowed', (address) => {
    expect(judgeAddress(address, true).allowed).toBe(false);
  });

  it.each(['93.184.215.14', '8.8.8.8', '172.32.0.1', '2606:4700::1111', '2002:5db8:d70e::1'])(
    'allows the public address %s',
    (address) => {
      expect(judgeAddress(address, false).allowed).toBe(true);
    },
  );

  it('accepts only http and https URLs without credentials or metadata host names', () => {
    expect(urlProblem('https://hooks.example.com/skillproof')).toBeUndefined();
    expect(urlProblem('ftp://hooks.example.com/')).toMatch(/http or https/);
    expect(urlProblem('file:///etc/passwd')).toMatch(/http or https/);
    expect(urlProblem('not a url')).toMatch(/absolute/);
    expect(urlProblem('https://user:pass@hooks.example.com/')).toMatch(/credentials/);
    expect(urlProblem('http://metadata.google.internal/computeMetadata/v1/')).toMatch(/metadata/);
  });

  it('judges the address a URL names, however it is written', async () => {
    expect((await checkWebhookTarget('http://2130706433/', false)).allowed).toBe(false);
    expect((await checkWebhookTarget('http://[::ffff:127.0.0.1]:8080/', false)).allowed).toBe(false);
    expect((await checkWebhookTarget('http://[fe80::1]/', true)).allowed).toBe(false);
    expect((await checkWebhookTarget('http://[::a9fe:a9fe]/', true)).allowed).toBe(false);
    expect((await checkWebhookTarget('http://[::127.0.0.1]/', false)).allowed).toBe(false);
    expect((await checkWebhookTarget('http://127.0.0.1:9/', true)).allowed).toBe(true);
  });

  it('resolves host names before judging them', async () => {
    expect(await checkWebhookTarget('http://localhost:8080/hook', false)).toEqual({
      allowed: false,
      reason: expect.stringMatching(/private, loopback/),
    });
  });
});
