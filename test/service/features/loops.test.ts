import assert from 'node:assert/strict';
import type { DocumentSymbol, MarkupContent } from 'vscode-languageserver-types';
import { createLanguageService } from '../../../server/src/service';
import { parseDocument } from '../../../server/src/service/parse';
import type { LoopNode } from '../../../server/src/service/x12/loopWalk';
import { loopForest, SegmentReader } from '../../../server/src/service/x12/loopWalk';
import { GUIDES } from '../../../server/src/service/x12/loops';
import type { X12Document } from '../../../server/src/service/x12/x12Model';
import { testCodeSets } from '../../helpers/codeSets';
import { documentOf, withCursor } from '../../helpers/cursor';
import { x12Envelope } from '../../helpers/fixture';
import { realX12Files, realX12Text } from '../../helpers/realX12';
import { snapshotOf } from '../../helpers/snapshot';

/**
 * Implementation-guide loops (005010X222A1 / X223A2) recognised from HL level codes, NM1 entity codes
 * and segment order. Expected loop trees were read off the fixture files by hand, segment by segment,
 * against the loop tables of the two guides.
 */

function forestOf(text: string): LoopNode[] {
  const document = parseDocument(text, 'x12-837') as X12Document;
  const claimGuide = (claimIndex: number) => GUIDES[document.buildEncounter(claimIndex).encounter.source === 'x12-837i' ? '837I' : '837P'];
  return loopForest(new SegmentReader(document, text), document, 1000, claimGuide).roots;
}

/** The tree as indented loop ids, one per line, for comparing with a hand-written outline. */
function shape(nodes: readonly LoopNode[], depth = 0): string[] {
  return nodes.flatMap((node) => [`${'  '.repeat(depth)}${node.loop}`, ...shape(node.children, depth + 1)]);
}

function flatten(nodes: readonly LoopNode[]): LoopNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

const service = createLanguageService({ codeSets: testCodeSets() });

function hoverText(fixture: string): string {
  const { document, position } = withCursor(fixture, 'x12-837');
  const hover = service.doHover(snapshotOf(service, document, 'x12-837'), position);
  return (hover?.contents as MarkupContent | undefined)?.value ?? '';
}

describe('implementation-guide loops', () => {
  it('reads the ambulance example (837P) as the guide nests it: pick-up and drop-off locations in 2310E/F, four service lines', () => {
    assert.deepEqual(shape(forestOf(realX12Text('LinuxForHealth_x12__demo.ambulance.example5.837'))), [
      '1000A', '1000B', '2000A', '  2010AA', '  2000B', '    2010BA', '    2010BB', '    2300',
      '      2310E', '      2310F', '      2400', '      2400', '      2400', '      2400',
    ]);
  });

  it('names the 837I claim loops by the institutional guide: NM1*71 is 2310A Attending Provider', () => {
    const roots = forestOf(realX12Text('LinuxForHealth_x12__two-claims-single-provider.837i'));
    assert.deepEqual(shape(roots), [
      '1000A', '1000B', '2000A', '  2010AA',
      '  2000B', '    2010BA', '    2010BB', '    2300', '      2310A', '      2400', '      2400',
      '  2000B', '    2010BA', '    2010BB', '    2300', '      2310A', '      2400',
    ]);
    const attending = flatten(roots).find((node) => node.loop === '2310A');
    assert.equal(attending?.guide.loops.get('2310A')?.name, 'Attending Provider Name');
  });

  it('puts the drug lines\' LIN in 2410 and the ordering provider NM1*DK in 2420E, under their 2400 (837P drug example)', () => {
    const claim = flatten(forestOf(realX12Text('LinuxForHealth_x12__demo.drug.example10.2.837'))).find((node) => node.loop === '2300');
    assert.deepEqual(shape(claim?.children ?? []), [
      '2400', '  2420E', '2400', '  2410', '  2420E', '2400', '  2410', '  2420E',
      '2400', '  2410', '  2420E', '2400', '  2410', '  2420E', '2400', '  2410', '  2420E',
    ]);
  });

  it('finds a 2300 loop per CLM and a 2400 loop per service line in every real fixture (counts from the fixtures README)', () => {
    // CLM and SV1 + SV2 counts as the README lists them, file by file.
    const expected: Record<string, readonly [number, number]> = {
      'Inteligenz_X12Parser__Example1_2_And_3_Combined.txt': [3, 11],
      'Inteligenz_X12Parser__InstitutionalClaim5010.txt': [1, 2],
      'Inteligenz_X12Parser__Spec_3.1.4_OutOfNetworkRepricedClaim.txt': [1, 1],
      'LinuxForHealth_x12__demo.ambulance.example5.837': [1, 4],
      'LinuxForHealth_x12__demo.drug.example10.2.837': [1, 6],
      'LinuxForHealth_x12__demo.example7.837': [1, 2],
      'LinuxForHealth_x12__ppo-repriced-claim.837i': [1, 2],
      'LinuxForHealth_x12__two-claims-single-provider.837i': [2, 3],
      'Silvenga_vscode-edi-x12-support__bad-header.edi': [1, 3],
      'UHIN_x12-parser-library__837.edi': [1, 1],
      'imsweb_x12-parser__x12_complex.txt': [6, 10],
      'imsweb_x12-parser__x12_valid_different_separators.txt': [2, 2],
      'imsweb_x12-parser__x223-test.txt': [1, 1],
      'jdavisp3_TigerShark__837I-Examples.txt': [2, 5],
    };
    for (const file of realX12Files()) {
      const nodes = flatten(forestOf(realX12Text(file)));
      const counts = [nodes.filter((node) => node.loop === '2300').length, nodes.filter((node) => node.loop === '2400').length];
      assert.deepEqual(counts, expected[file], file);
    }
  });

  it('shows only claims and service lines for a 4010 file, whose other loops have other ids', () => {
    const ids = new Set(flatten(forestOf(realX12Text('jdavisp3_TigerShark__837I-Examples.txt'))).map((node) => node.loop));
    assert.deepEqual([...ids].sort(), ['2300', '2400']);
  });

  it('says in the segment hover which loop a segment belongs to', () => {
    const claim = (cursorLine: string): string => x12Envelope(`
      CLM*ACCT1*1450***11:B:1*Y*A*Y*Y~
      HI*ABK:C3490~
      NM1*82*1*DOE*JANE****XX*1234567893~
      LX*1~
      ${cursorLine}
      DTP*472*D8*20261115~
    `);
    assert.match(hoverText(claim('S$0V1*HC:71260*900*UN*1***1~')), /Loop \*\*2400 Service Line Number\*\* \(837P\)/);
    assert.match(hoverText(claim('S$0V1*HC:71260*900*UN*1***1~').replace('HI*ABK', 'H$0I*ABK').replace('S$0V1', 'SV1')), /Loop \*\*2300 Claim Information\*\*/);
    assert.match(hoverText(claim('SV1*HC:71260*900*UN*1***1~').replace('NM1*82', 'N$0M1*82')), /Loop \*\*2310B Rendering Provider Name\*\*/);
    assert.match(hoverText(claim('SV1*HC:71260*900*UN*1***1~').replace('NM1*IL', 'N$0M1*IL')), /Loop \*\*2010BA Subscriber Name\*\*/);
    assert.doesNotMatch(hoverText(claim('SV1*HC:71260*900*UN*1***1~').replace('ST*837', 'S$0T*837')), /Loop/);
  });

  it('nests the outline by loops, keeping each claim with its diagnoses and service lines', () => {
    const text = realX12Text('LinuxForHealth_x12__demo.ambulance.example5.837');
    const document = documentOf(text, 'x12-837');
    const symbols = service.findDocumentSymbols(snapshotOf(service, document, 'x12-837'));
    assert.deepEqual(symbols.map((symbol) => symbol.name), ['1000A Submitter Name', '1000B Receiver Name', '2000A Billing Provider Hierarchical Level']);
    const subscriber = symbols[2]?.children?.find((symbol) => symbol.name.startsWith('2000B'));
    const claim = subscriber?.children?.find((symbol) => symbol.name === 'Claim 051068') as DocumentSymbol;
    assert.ok(claim.detail?.startsWith('2300 Claim Information'));
    assert.deepEqual(claim.children?.slice(4).map((symbol) => symbol.name), [
      '2310E Ambulance Pick-up Location', '2310F Ambulance Drop-off Location',
      'SV1 HCPCS A0427', 'SV1 HCPCS A0425', 'SV1 HCPCS A0422', 'SV1 HCPCS A0382',
    ]);
  });
});
