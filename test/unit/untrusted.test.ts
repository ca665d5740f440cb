import { judgeResponse } from '../../lib/smoke/runner.js';
import { quoteUntrusted } from '../../lib/smoke/untrusted.js';

describe('what a canary said, quoted in a reason', () => {
  test.each([
    ['a Slack channel ping', '<!channel> deploy broke', '&lt;!channel&gt; deploy broke'],
    ['a Slack link', '<https://evil.example|click here>', '&lt;https://evil.example|click here&gt;'],
    ['HTML', '<img src=x onerror=alert(1)>&amp;', '&lt;img src=x onerror=alert(1)&gt;&amp;amp;'],
    ['a code span closed early', 'a ``` b `c`', 'a ʼʼʼ b ʼcʼ'],
    ['a workflow command on its own line', 'ok\n::set-output name=x::y\r\n', 'ok ::set-output name=x::y '],
    ['a long page, cut', 'x'.repeat(500), `${'x'.repeat(60)}…`],
  ])('%s', (_name, text, quoted) => expect(quoteUntrusted(text)).toBe(quoted));

  test('a secret is masked before the cut, so half of it never shows', () => {
    const secret = 's3cr3t-token-value';
    const quoted = quoteUntrusted(`${'.'.repeat(50)}${secret}`, [secret]);
    expect(quoted).toBe(`${'.'.repeat(50)}***`);
    expect(quoteUntrusted(`${'.'.repeat(50)}${secret}`)).not.toContain('***');
  });

  test('a failing check quotes the answer only through it (the JSON value and a body that is not JSON)', () => {
    const check = {
      expectStatus: ['200'],
      bodyContains: [],
      json: [{ path: '$.s', segments: ['s'], equals: 'ok', line: 1 }],
      latencyBudgetMs: undefined,
    };
    expect(judgeResponse(check, 200, JSON.stringify({ s: '<!here> token abcdef' }), 5, ['abcdef'])).toEqual([
      '$.s is "&lt;!here&gt; token ***", expected "ok"',
    ]);
    expect(judgeResponse(check, 200, '<!channel> not json, abcdef', 5, ['abcdef'])).toEqual([
      'body is not JSON ("&lt;!channel&gt; not json, ***")',
    ]);
  });
});
