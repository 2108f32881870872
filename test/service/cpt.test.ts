import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BUNDLED_CPT_CODES, BUNDLED_CPT_DESCRIPTIONS, describeCpt, parseCptCsv } from '../../server/src/service/codes/cpt';
import { seedCptCodes, seedCptDigest } from '../helpers/seedCpt';

const seedDigest = seedCptDigest();

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The seed text itself, only where it lies beside the clone (the team's machines), to check the digest. */
const seedFile = path.resolve(__dirname, '..', '..', '..', 'shared', 'seed', '000_8bd274ce30db91d7.txt');

describe('bundled CPT codes', () => {
  it('are exactly the CPT codes the seed names', () => {
    const seedCodes = seedCptCodes();
    assert.ok(seedCodes.length >= 15, 'the seed lists its CPT codes');
    assert.deepEqual([...BUNDLED_CPT_CODES], seedCodes);
  });

  it('carry our own descriptions, never the seed’s or a descriptor copied from it', () => {
    for (const [code, seedTextDigest] of Object.entries(seedDigest.cptLines)) {
      const ours = BUNDLED_CPT_DESCRIPTIONS.get(code) ?? '';
      assert.ok(ours.length > 0);
      assert.notEqual(sha256(ours.toLowerCase()), seedTextDigest, `${code} copies the seed text`);
    }
  });

  it('keep the seed digest true to the seed text, where the seed is at hand', function () {
    if (!existsSync(seedFile)) this.skip();
    const text = readFileSync(seedFile);
    assert.equal(sha256(text.toString('utf8')), seedDigest.seedSha256);
    const lines = text.toString('utf8').split(/\r?\n/).map((line) => /^(\d{5}): (.*)$/.exec(line)).filter((match) => match !== null);
    assert.deepEqual(Object.fromEntries(lines.map((match) => [match[1] as string, sha256((match[2] as string).toLowerCase())])), seedDigest.cptLines);
  });
});

describe('parseCptCsv', () => {
  it('reads code,description rows with an optional header, quotes, escaped quotes and quoted line breaks', () => {
    const csv = [
      'Code,Description',
      '71260,Chest CT with contrast (from my file)',
      '"96413","Chemo, IV infusion, ""first"" hour"',
      '99214,"Office visit,',
      'established patient"',
      '0042T,Category III example,extra column ignored',
      '3074F , Category II example ',
      '',
    ].join('\r\n');
    const { catalog, problems } = parseCptCsv(csv, 'licensed.csv');
    assert.deepEqual(problems, []);
    assert.deepEqual(catalog.codes(), ['0042T', '3074F', '71260', '96413', '99214']);
    assert.deepEqual(catalog.describe('96413'), { description: 'Chemo, IV infusion, "first" hour', source: 'licensed.csv' });
    assert.equal(catalog.describe('99214')?.description, 'Office visit,\r\nestablished patient');
    assert.equal(catalog.describe('3074F')?.description, 'Category II example');
    assert.equal(catalog.describe('12345'), undefined);
  });

  it('works without a header row', () => {
    const { catalog, problems } = parseCptCsv('71260,From the file\n', 'x.csv');
    assert.deepEqual(problems, []);
    assert.equal(catalog.describe('71260')?.description, 'From the file');
  });

  it('skips bad rows and names their file line numbers, counting quoted line breaks', () => {
    const csv = [
      'code,description', // 1
      '7126,too short', // 2
      '71260,', // 3
      '"71250","two', // 4
      'lines"', // 5
      'C78.01,an ICD code', // 6
      '71250,again', // 7
      '96413,"never closed', // 8
      '96415,lost',
    ].join('\n');
    const { catalog, problems } = parseCptCsv(csv, 'bad.csv');
    assert.deepEqual(problems.map((problem) => problem.line), [2, 3, 6, 7, 8]);
    assert.match(problems[0]?.message ?? '', /'7126' is not a CPT or HCPCS code/);
    assert.match(problems[1]?.message ?? '', /71260 has no description/);
    assert.match(problems[3]?.message ?? '', /71250 appears more than once/);
    assert.match(problems[4]?.message ?? '', /never closed/);
    assert.deepEqual(catalog.codes(), ['71250']);
    assert.equal(catalog.describe('71250')?.description, 'again');
  });

  it('lets the user file override the bundled summary, which remains the fallback', () => {
    const { catalog } = parseCptCsv('71260,User text\n', 'user.csv');
    assert.deepEqual(describeCpt('71260', catalog), { code: '71260', description: 'User text', source: 'user.csv', origin: 'user' });
    assert.equal(describeCpt('71046', catalog)?.origin, 'bundled');
    assert.equal(describeCpt('96413', undefined), undefined);
  });
});
