/**
 * ICE's 287(g) page → its current lists on disk. ICE renames the files (participatingAgencies05182026am.xlsx,
 * ParticipatingEntities…, a pending list now and then), so they are found by the links on the page, not by
 * name; each download has a deadline and a size bound, and must be an xlsx (a zip) before anything reads it.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { IngestError } from './errors.js';

// ICE's page is about 100 KB and its list about 100 KB; far larger is not them
const MAX_PAGE_BYTES = 5 * 1024 * 1024;
const MAX_LIST_BYTES = 25 * 1024 * 1024;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export interface FetchOptions {
  page: string;
  /** folder for the downloaded files */
  downloads: string;
  /** milliseconds for each download, body included */
  timeout?: number;
  fetch?: typeof globalThis.fetch;
}

export interface FetchedList {
  path: string;
  url: string;
  sha256: string;
}

async function download(url: string, maxBytes: number, options: FetchOptions): Promise<Uint8Array> {
  const fail = (message: string): never => {
    throw new IngestError([{ file: url, message }]);
  };
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const signal = AbortSignal.timeout(options.timeout ?? 30_000);
  const response = await fetchImpl(url, { signal, redirect: 'follow' }).catch((error: Error) =>
    fail(
      `cannot download: ${signal.aborted ? `no answer within ${options.timeout ?? 30_000} ms` : error.message}`,
    ),
  );
  if (!response.ok) fail(`the server answered HTTP ${response.status}`);
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) fail(`larger than ${maxBytes} bytes`);
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  const parts: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => {});
        fail(`larger than ${maxBytes} bytes`);
      }
      parts.push(value);
    }
  } catch (error) {
    if (error instanceof IngestError) throw error;
    fail(
      `cannot download: ${signal.aborted ? `not loaded within ${options.timeout ?? 30_000} ms` : (error as Error).message}`,
    );
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return bytes;
}

/** The xlsx links of a page, as absolute URLs, with the text around them (ICE's link text names the list). */
export function xlsxLinks(html: string, page: string): { url: string; label: string }[] {
  const links: { url: string; label: string }[] = [];
  for (const match of html.matchAll(/<a\b[^>]*\bhref\s*=\s*["']([^"']+)["'][^>]*>([\s\S]*?)<\/a>/gi)) {
    const [, href = '', inner = ''] = match;
    let url: URL;
    try {
      url = new URL(href.replace(/&amp;/g, '&'), page);
    } catch {
      continue;
    }
    if (!/\.xlsx$/i.test(url.pathname)) continue;
    links.push({
      url: url.href,
      label: `${inner.replace(/<[^>]+>/g, ' ')} ${basename(url.pathname)}`.trim(),
    });
  }
  return links;
}

/**
 * Downloads the participating list (and the pending list, when the page links one) from `options.page`.
 * Throws `IngestError` saying what is wrong: no such link, a failed or oversized download, not an xlsx.
 */
export async function fetchIceLists(
  options: FetchOptions,
): Promise<{ participating: FetchedList; pending: FetchedList | null }> {
  const page = new TextDecoder().decode(await download(options.page, MAX_PAGE_BYTES, options));
  const links = xlsxLinks(page, options.page);
  const find = (word: RegExp) => links.find((link) => word.test(link.label)) ?? null;
  const participatingLink = find(/participating/i);
  if (!participatingLink) {
    throw new IngestError([
      {
        file: options.page,
        message: `no link to the participating agencies' xlsx on the page (found ${links.length} xlsx link${links.length === 1 ? '' : 's'}); is this ICE's 287(g) page?`,
      },
    ]);
  }
  const pendingLink = find(/pending/i);
  await mkdir(options.downloads, { recursive: true });
  const save = async (link: { url: string }): Promise<FetchedList> => {
    const bytes = await download(link.url, MAX_LIST_BYTES, options);
    if (!ZIP_MAGIC.every((byte, i) => bytes[i] === byte)) {
      throw new IngestError([
        { file: link.url, message: 'not an xlsx file (an xlsx is a zip archive; this is not one)' },
      ]);
    }
    const path = join(options.downloads, basename(new URL(link.url).pathname));
    await writeFile(path, bytes);
    return { path, url: link.url, sha256: createHash('sha256').update(bytes).digest('hex') };
  };
  return {
    participating: await save(participatingLink),
    pending: pendingLink ? await save(pendingLink) : null,
  };
}
