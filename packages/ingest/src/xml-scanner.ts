/**
 * Scans XML text fed in pieces and reports elements and text as it goes, holding only the unfinished tail
 * of the last piece: a worksheet is read in one pass without ever being a tree or one big string. It is
 * the XML that xlsx parts are written in — no DTDs (refused: entity definitions are how XML bombs work),
 * element and attribute names reported without their namespace prefix.
 */

/** The part is not well-formed enough to read. */
export class MalformedXmlError extends Error {
  override name = 'MalformedXmlError';
}

export interface XmlHandler {
  /** An element starts; `attributes` are keyed by local name, namespace declarations left out. */
  open?(name: string, attributes: Readonly<Record<string, string>>): void;
  /** An element ends; right after `open` for a self-closing one. */
  close?(name: string): void;
  /** Character data, entities decoded; one element's text may come in several calls. */
  text?(text: string): void;
}

// No text or tag in an xlsx part comes near this (Excel caps a cell at 32,767 characters); a longer one
// means the part is not what it claims, and waiting for its end would hold it all in memory.
const MAX_PIECE = 1024 * 1024;

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    ENTITY,
    (entity, hex: string | undefined, decimal: string | undefined, named?: string) => {
      if (named) return NAMED[named] ?? entity;
      const code = Number.parseInt(hex ?? decimal ?? '', hex ? 16 : 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    },
  );
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

export class XmlScanner {
  private tail = '';

  constructor(private readonly handler: XmlHandler) {}

  write(piece: string): void {
    const xml = this.tail + piece;
    let at = 0;
    while (at < xml.length) {
      const next = xml.charCodeAt(at) === 0x3c /* < */ ? this.markupEnd(xml, at) : xml.indexOf('<', at);
      if (next < 0) break;
      if (xml.charCodeAt(at) === 0x3c) {
        this.markup(xml.slice(at, next + 1));
        at = next + 1;
      } else {
        this.handler.text?.(decode(xml.slice(at, next)));
        at = next;
      }
    }
    this.tail = xml.slice(at);
    if (this.tail.length > MAX_PIECE)
      throw new MalformedXmlError(
        `it holds a text or tag longer than ${MAX_PIECE.toLocaleString('en-US')} characters`,
      );
  }

  end(): void {
    if (this.tail.trim() !== '') throw new MalformedXmlError('it ends in the middle of a tag');
  }

  /** Where the markup starting at `at` ends (its last character), or -1 if it has not arrived yet. */
  private markupEnd(xml: string, at: number): number {
    const closer = (start: string, end: string) => {
      if (!xml.startsWith(start, at)) return null;
      const found = xml.indexOf(end, at + start.length);
      return found < 0 ? -1 : found + end.length - 1;
    };
    const special = closer('<!--', '-->') ?? closer('<![CDATA[', ']]>') ?? closer('<?', '?>');
    if (special !== null) return special;
    if (xml.charCodeAt(at + 1) === 0x21 /* ! */) {
      // Could still become a comment or CDATA once more text arrives.
      if ('<![CDATA['.startsWith(xml.slice(at, at + 9)) || '<!--'.startsWith(xml.slice(at, at + 4)))
        return -1;
      throw new MalformedXmlError('it has a DOCTYPE or other declaration, which xlsx parts never have');
    }
    let quote = 0;
    for (let i = at + 1; i < xml.length; i++) {
      const c = xml.charCodeAt(i);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === 0x22 || c === 0x27) quote = c;
      else if (c === 0x3e /* > */) return i;
    }
    return -1;
  }

  private markup(tag: string): void {
    const { handler } = this;
    if (tag.startsWith('<![CDATA[')) handler.text?.(tag.slice(9, -3));
    else if (tag.startsWith('<!--') || tag.startsWith('<?')) return;
    else if (tag.startsWith('</')) handler.close?.(localName(tag.slice(2, -1).trim()));
    else {
      const selfClosing = tag.endsWith('/>');
      const end = tag.length - (selfClosing ? 2 : 1);
      let at = 1;
      while (at < end && !isSpace(tag.charCodeAt(at))) at++;
      const name = localName(tag.slice(1, at));
      if (name === '') throw new MalformedXmlError(`it has a tag without a name: ${tag.slice(0, 40)}`);
      handler.open?.(name, attributesOf(tag, at, end));
      if (selfClosing) handler.close?.(name);
    }
  }
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** The attributes in tag[at, end): a loop rather than a regular expression, as this runs for every element. */
function attributesOf(tag: string, start: number, end: number): Record<string, string> {
  const attributes: Record<string, string> = {};
  let at = start;
  for (;;) {
    while (at < end && isSpace(tag.charCodeAt(at))) at++;
    if (at >= end) return attributes;
    const equals = tag.indexOf('=', at);
    if (equals < 0 || equals >= end)
      throw new MalformedXmlError(`it has a malformed tag: ${tag.slice(0, 40)}`);
    const name = tag.slice(at, equals).trim();
    let open = equals + 1;
    while (open < end && isSpace(tag.charCodeAt(open))) open++;
    const quote = tag[open];
    const close = quote === '"' || quote === "'" ? tag.indexOf(quote, open + 1) : -1;
    if (close < 0 || close >= end) throw new MalformedXmlError(`it has a malformed tag: ${tag.slice(0, 40)}`);
    if (name !== 'xmlns' && !name.startsWith('xmlns:'))
      attributes[localName(name)] = decode(tag.slice(open + 1, close));
    at = close + 1;
  }
}
