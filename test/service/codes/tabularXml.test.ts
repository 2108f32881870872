import * as assert from 'node:assert/strict';
import { parseTabularXml } from '../../../server/src/service/codes/import/tabularXml';
import { decodeEntities, readXml } from '../../../server/src/service/codes/import/xmlReader';

// The sample follows the official Tabular List XML; its notes are copied from the FY2027 excerpt
// (C77) and the FY2021 file (D63.0). The empty <codeAlso><note/> and the entities are quirks the
// official files are known to carry.
const sample = `<?xml version="1.0" encoding="utf-8"?>
<ICD10CM.tabular>
  <version>2027</version>
  <introduction><introSection type="title"><title>ICD-10-CM TABULAR LIST</title></introSection></introduction>
  <chapter>
    <name>2</name>
    <desc>Neoplasms (C00-D49)</desc>
    <sectionIndex>
      <sectionRef first="C76" last="C80" id="C76-C80">
         Malignant neoplasms of ill-defined, other secondary and unspecified sites
      </sectionRef>
    </sectionIndex>
    <notes><note>Functional activity</note></notes>
    <section id="C76-C80">
      <desc>Malignant neoplasms of ill-defined, other secondary and unspecified sites (C76-C80)</desc>
      <!-- a comment with <diag> inside must be ignored -->
      <diag>
        <name>C77</name>
        <desc>Secondary and unspecified malignant neoplasm of lymph nodes</desc>
        <excludes1>
          <note>malignant neoplasm of lymph nodes, specified as primary (C81-C86, C88, C96.-)</note>
          <note>mesentery metastasis of carcinoid tumor (C7B.04)</note>
        </excludes1>
        <codeAlso><note/></codeAlso>
        <diag>
          <name>C77.0</name>
          <desc>Secondary &amp; unspecified malignant neoplasm of lymph nodes of head, face &#38; neck</desc>
          <inclusionTerm>
            <note>Secondary and unspecified malignant neoplasm of supraclavicular lymph nodes</note>
          </inclusionTerm>
        </diag>
      </diag>
    </section>
  </chapter>
  <chapter>
    <name>3</name>
    <desc>Diseases of the blood and blood-forming organs and certain disorders involving the immune mechanism (D50-D89)</desc>
    <excludes2><note>neoplasms (C00-D49)</note></excludes2>
    <section id="D60-D64">
      <desc>Aplastic and other anemias and other bone marrow failure syndromes (D60-D64)</desc>
      <diag>
        <name>D63</name>
        <desc>Anemia in chronic diseases classified elsewhere</desc>
        <diag>
          <name>D63.0</name>
          <desc>Anemia in neoplastic disease</desc>
          <codeFirst><note>neoplasm (C00-D49)</note></codeFirst>
        </diag>
      </diag>
    </section>
  </chapter>
</ICD10CM.tabular>
`;

describe('XML reader', () => {
  it('decodes the predefined entities and character references', () => {
    assert.equal(decodeEntities('a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos; &#38; &#x26; &unknown;'), `a <b> & "c" 'd' & & &unknown;`);
  });

  it('reads elements, attributes, self-closing tags and text', () => {
    const { root, problems } = readXml('<a x="1" y=\'two\'><b/>text<c>more</c><![CDATA[<raw>]]></a>');
    assert.deepEqual(problems, []);
    assert.equal(root?.name, 'a');
    assert.deepEqual(root?.attributes, { x: '1', y: 'two' });
    assert.deepEqual(root?.children.map((child) => (typeof child === 'string' ? child : child.name)), ['b', 'text', 'c', '<raw>']);
  });

  it('reports mismatched and unclosed tags with their lines and recovers', () => {
    const { root, problems } = readXml('<a>\n<b>\n</a>\n</c>\n<d>');
    assert.equal(root?.name, 'a');
    assert.deepEqual(problems.map((problem) => problem.line), [3, 4, 5]);
    assert.match(problems[0]?.message ?? '', /<b> \(line 2\) is not closed before <\/a>/);
    assert.match(problems[1]?.message ?? '', /<\/c> has no matching start tag/);
    assert.match(problems[2]?.message ?? '', /second document element <d>/);
    const unclosed = readXml('<a>\n<b>');
    assert.deepEqual(unclosed.problems.map((problem) => problem.line), [2, 1]);
  });
});

describe('tabular XML importer', () => {
  const data = parseTabularXml(sample);

  it('reads the version, chapters with their ranges and the sections', () => {
    assert.deepEqual(data.problems, []);
    assert.equal(data.version, 2027);
    assert.deepEqual(data.chapters.map((chapter) => [chapter.id, chapter.first, chapter.last]), [['2', 'C00', 'D49'], ['3', 'D50', 'D89']]);
    assert.deepEqual(data.blocks.map((block) => [block.id, block.first, block.last, block.chapter]), [['C76-C80', 'C76', 'C80', '2'], ['D60-D64', 'D60', 'D64', '3']]);
  });

  it('reads the diag tree with dotless codes, decoded titles, block and chapter', () => {
    assert.deepEqual(data.diags.map((diag) => diag.code), ['C77', 'C770', 'D63', 'D630']);
    assert.equal(data.diags[1]?.title, 'Secondary & unspecified malignant neoplasm of lymph nodes of head, face & neck');
    assert.equal(data.diags[1]?.block, 'C76-C80');
    assert.equal(data.diags[3]?.chapter, '3');
  });

  it('keeps the instructional notes with their owners and skips empty notes', () => {
    assert.deepEqual(data.notes.map((note) => `${note.owner} ${note.kind}: ${note.text}`), [
      'C77 excludes1: malignant neoplasm of lymph nodes, specified as primary (C81-C86, C88, C96.-)',
      'C77 excludes1: mesentery metastasis of carcinoid tumor (C7B.04)',
      'C770 inclusionTerm: Secondary and unspecified malignant neoplasm of supraclavicular lymph nodes',
      'chapter 3 excludes2: neoplasms (C00-D49)',
      'D630 codeFirst: neoplasm (C00-D49)',
    ]);
    assert.ok(data.owners.has('block C76-C80') && data.owners.has('chapter 2') && data.owners.has('C770'));
  });

  it('reads excerpt fragments of bare diags under a named section', () => {
    const excerpt = parseTabularXml(`<excerpt of="ICD10CM.tabular" version="2027">
  <fragment id="Z85" parentSection="Z77-Z99">
      <diag>
        <name>Z85</name>
        <desc>Personal history of malignant neoplasm</desc>
        <codeFirst><note>any follow-up examination after treatment of malignant neoplasm (Z08)</note></codeFirst>
      </diag>
  </fragment>
</excerpt>`);
    assert.deepEqual(excerpt.problems, []);
    assert.equal(excerpt.version, 2027);
    assert.deepEqual(excerpt.diags, [{ code: 'Z85', title: 'Personal history of malignant neoplasm', block: 'Z77-Z99', chapter: undefined }]);
    assert.equal(excerpt.notes[0]?.kind, 'codeFirst');
  });

  it('reports damaged files with line numbers', () => {
    const damaged = parseTabularXml('<ICD10CM.tabular>\n<chapter>\n<name>2</name>\n<section id="C76-C80">\n<diag><name>C77</name><desc>x</desc>\n<diag><name>not a code</name></diag>\n</section>\n</chapter>\n</ICD10CM.tabular>');
    assert.deepEqual(damaged.problems.map((problem) => problem.line), [7, 6]);
    assert.match(damaged.problems[0]?.message ?? '', /<diag> \(line 5\) is not closed/);
    assert.match(damaged.problems[1]?.message ?? '', /no valid <name> \("not a code"\)/);
    assert.match(parseTabularXml('').problems[0]?.message ?? '', /no XML element/);
    assert.match(parseTabularXml('<ICD10CM.tabular><version>2027</version></ICD10CM.tabular>').problems[0]?.message ?? '', /no <diag>/);
  });
});
