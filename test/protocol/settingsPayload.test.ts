import assert from 'node:assert/strict';
import { expandDottedKeys, isEmptyAnswer, sectionOfPayload, workspaceTrustedFrom } from '../../server/src/lsp/settingsPayload';

/** The shapes other editors send settings in, read as the one nested section. */

describe('settings payloads from other clients', function () {
  const cases: ReadonlyArray<{ readonly name: string; readonly payload: unknown; readonly section: unknown }> = [
    { name: 'nested (Neovim settings, eglot plists, Helix config)', payload: { icdClaimCoder: { rules: { 'unknown-code': 'off' } } }, section: { rules: { 'unknown-code': 'off' } } },
    { name: 'dotted, as in VS Code settings.json', payload: { 'icdClaimCoder.rules.unknown-code': 'off', 'icdClaimCoder.maxNumberOfProblems': 5 }, section: { rules: { 'unknown-code': 'off' }, maxNumberOfProblems: 5 } },
    { name: 'mixed: dotted keys inside the section', payload: { icdClaimCoder: { 'rules.unknown-code': 'off', codeSetPath: '' } }, section: { rules: { 'unknown-code': 'off' }, codeSetPath: '' } },
    { name: 'nested and dotted for the same section are merged', payload: { icdClaimCoder: { rules: { 'code-not-billable': 'hint' } }, 'icdClaimCoder.rules.unknown-code': 'off' }, section: { rules: { 'code-not-billable': 'hint', 'unknown-code': 'off' } } },
    { name: 'another server\'s settings only', payload: { pylsp: { plugins: {} } }, section: undefined },
    { name: 'VS Code\'s null to a pulling server', payload: null, section: undefined },
    { name: 'a list (an empty Lua table)', payload: [], section: undefined },
  ];
  for (const { name, payload, section } of cases) {
    it(name, function () {
      assert.deepEqual(sectionOfPayload(payload), section);
    });
  }

  it('never copies a key that reaches an object prototype', function () {
    const payload = JSON.parse('{"__proto__": {"polluted": true}, "icdClaimCoder.__proto__.polluted": true, "icdClaimCoder": {"constructor": {"prototype": {"polluted": true}}}}') as unknown;
    const expanded = expandDottedKeys(payload) as Record<string, unknown>;
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.deepEqual(expanded, { icdClaimCoder: {} });
  });

  it('treats null and an empty list as "nothing configured", and an object as an answer', function () {
    assert.equal(isEmptyAnswer(null), true);
    assert.equal(isEmptyAnswer([]), true);
    assert.equal(isEmptyAnswer({}), false);
  });

  it('reads the trust flag only as a literal true at the top of the initializationOptions', function () {
    assert.equal(workspaceTrustedFrom({ workspaceTrusted: true }), true);
    for (const options of [undefined, null, {}, { workspaceTrusted: 'true' }, { workspaceTrusted: 1 }, { icdClaimCoder: { workspaceTrusted: true } }]) {
      assert.equal(workspaceTrustedFrom(options), false, JSON.stringify(options));
    }
  });
});
