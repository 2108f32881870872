import type { ImportProblem } from './problems';

/**
 * A small XML reader for the tabular list: elements, attributes, text and the five predefined
 * entities plus numeric character references. It ignores the prolog, comments, processing
 * instructions and DOCTYPE, keeps CDATA as text, and never throws: damaged markup becomes a
 * problem naming the line, and the reader recovers by closing the elements still open.
 */

/** One element with its attributes and children (elements and text runs, in document order). */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: Array<XmlElement | string>;
  /** 1-based line where the start tag begins. */
  readonly line: number;
}

export interface XmlReadResult {
  /** The document element, or undefined when the text holds no element at all. */
  readonly root: XmlElement | undefined;
  readonly problems: readonly ImportProblem[];
}

const namedEntities: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Replaces entity and character references; unknown references are kept as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body.startsWith('#x')) return safeCodePoint(parseInt(body.slice(2), 16)) ?? whole;
    if (body.startsWith('#')) return safeCodePoint(parseInt(body.slice(1), 10)) ?? whole;
    return namedEntities[body] ?? whole;
  });
}

function safeCodePoint(value: number): string | undefined {
  return Number.isInteger(value) && value >= 0 && value <= 0x10ffff ? String.fromCodePoint(value) : undefined;
}

const attributePattern = /([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*("([^"]*)"|'([^']*)')/g;
const namePattern = /^[A-Za-z_:][-A-Za-z0-9_:.]*/;

/** Reads an XML document into a tree. */
export function readXml(text: string): XmlReadResult {
  const problems: ImportProblem[] = [];
  // Offsets only grow while reading, so line numbers are counted incrementally (linear even when
  // the whole document is one line).
  let nextNewline = text.indexOf('\n');
  let currentLine = 1;
  const lineOf = (offset: number): number => {
    while (nextNewline >= 0 && nextNewline < offset) {
      currentLine++;
      nextNewline = text.indexOf('\n', nextNewline + 1);
    }
    return currentLine;
  };

  let root: XmlElement | undefined;
  const stack: XmlElement[] = [];
  let position = 0;
  const addText = (raw: string): void => {
    const parent = stack[stack.length - 1];
    if (parent && raw !== '') parent.children.push(decodeEntities(raw));
  };

  while (position < text.length) {
    const open = text.indexOf('<', position);
    if (open < 0) {
      addText(text.slice(position));
      break;
    }
    if (open > position) addText(text.slice(position, open));
    if (text.startsWith('<!--', open)) {
      position = skipTo(text, '-->', open, problems, lineOf, 'comment');
      continue;
    }
    if (text.startsWith('<![CDATA[', open)) {
      const end = text.indexOf(']]>', open);
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(text.slice(open + 9, end < 0 ? text.length : end));
      position = skipTo(text, ']]>', open, problems, lineOf, 'CDATA section');
      continue;
    }
    if (text.startsWith('<?', open) || text.startsWith('<!', open)) {
      position = skipTo(text, '>', open, problems, lineOf, 'declaration');
      continue;
    }
    const close = text.indexOf('>', open);
    if (close < 0) {
      problems.push({ line: lineOf(open), message: 'a tag is not closed with ">" before the end of the file' });
      break;
    }
    const tag = text.slice(open + 1, close);
    position = close + 1;
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      const depth = findOpen(stack, name);
      if (depth < 0) {
        problems.push({ line: lineOf(open), message: `closing tag </${name}> has no matching start tag` });
        continue;
      }
      for (let i = stack.length - 1; i > depth; i--) {
        problems.push({ line: lineOf(open), message: `<${(stack[i] as XmlElement).name}> (line ${(stack[i] as XmlElement).line}) is not closed before </${name}>` });
      }
      stack.length = depth;
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const name = namePattern.exec(body)?.[0];
    if (!name) {
      problems.push({ line: lineOf(open), message: `"<${tag.slice(0, 20)}" is not a valid start tag` });
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const match of body.slice(name.length).matchAll(attributePattern)) {
      attributes[match[1] as string] = decodeEntities(match[3] ?? match[4] ?? '');
    }
    const element: XmlElement = { name, attributes, children: [], line: lineOf(open) };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else if (!root) root = element;
    else problems.push({ line: element.line, message: `a second document element <${name}> is ignored` });
    if (!selfClosing && (parent || root === element)) stack.push(element);
  }
  for (let i = stack.length - 1; i >= 0; i--) {
    const element = stack[i] as XmlElement;
    problems.push({ line: element.line, message: `<${element.name}> is not closed before the end of the file` });
  }
  return { root, problems };
}

function findOpen(stack: readonly XmlElement[], name: string): number {
  for (let i = stack.length - 1; i >= 0; i--) if ((stack[i] as XmlElement).name === name) return i;
  return -1;
}

function skipTo(text: string, terminator: string, from: number, problems: ImportProblem[], lineOf: (offset: number) => number, what: string): number {
  const end = text.indexOf(terminator, from);
  if (end < 0) {
    problems.push({ line: lineOf(from), message: `${what} is not closed before the end of the file` });
    return text.length;
  }
  return end + terminator.length;
}

/** The element children of an element with a given name. */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  const result: XmlElement[] = [];
  for (const child of element.children) if (typeof child !== 'string' && (name === undefined || child.name === name)) result.push(child);
  return result;
}

/** The first element child with a given name. */
export function firstChild(element: XmlElement, name: string): XmlElement | undefined {
  for (const child of element.children) if (typeof child !== 'string' && child.name === name) return child;
  return undefined;
}

/** The concatenated text content of an element, whitespace collapsed and trimmed. */
export function textOf(element: XmlElement | undefined): string {
  if (!element) return '';
  let text = '';
  const visit = (node: XmlElement): void => {
    for (const child of node.children) text += typeof child === 'string' ? child : (visit(child), '');
  };
  visit(element);
  return text.replace(/\s+/g, ' ').trim();
}
