/**
 * The entries of a zip archive held in memory, found through its central directory. Inflating an entry
 * stops at the size the directory declares for it, so an archive that lies about its sizes (a zip bomb)
 * cannot make us produce more than the caller agreed to by looking at that size first.
 */
import { inflateRawSync } from 'node:zlib';

/** The archive is damaged, crafted, or uses a zip feature an xlsx never needs. */
export class ZipError extends Error {
  override name = 'ZipError';
}

export interface ZipEntry {
  name: string;
  /** The uncompressed size the central directory declares. */
  size: number;
  compressedSize: number;
  method: number;
  flags: number;
  localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED = 0x1;
// The end record is 22 bytes plus a comment of at most 65,535.
const MAX_END_RECORD = 22 + 0xffff;

const bytesText = (n: number) => n.toLocaleString('en-US');

export class ZipArchive {
  private readonly entries = new Map<string, ZipEntry>();

  constructor(private readonly bytes: Buffer) {
    const end = this.findEndRecord();
    const count = bytes.readUInt16LE(end + 10);
    const directorySize = bytes.readUInt32LE(end + 12);
    const directoryOffset = bytes.readUInt32LE(end + 16);
    if (count === 0xffff || directoryOffset === 0xffffffff)
      throw new ZipError('it is a zip64 archive, which a spreadsheet this size never is');
    if (directoryOffset + directorySize > end) throw new ZipError('its zip directory lies outside the file');
    let at = directoryOffset;
    for (let i = 0; i < count; i++) {
      if (at + 46 > end || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY)
        throw new ZipError('its zip directory is damaged');
      const nameLength = bytes.readUInt16LE(at + 28);
      const entry: ZipEntry = {
        name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
        flags: bytes.readUInt16LE(at + 8),
        method: bytes.readUInt16LE(at + 10),
        compressedSize: bytes.readUInt32LE(at + 20),
        size: bytes.readUInt32LE(at + 24),
        localHeaderOffset: bytes.readUInt32LE(at + 42),
      };
      this.entries.set(entry.name, entry);
      at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    }
  }

  private findEndRecord(): number {
    const { bytes } = this;
    for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - MAX_END_RECORD); at--) {
      if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) return at;
    }
    throw new ZipError('it has no zip directory (the file is cut short or is not a zip archive)');
  }

  entry(name: string): ZipEntry | undefined {
    return this.entries.get(name);
  }

  /** The entry's bytes; never more than its declared size, however much its data would inflate to. */
  inflate(entry: ZipEntry): Buffer {
    const { bytes } = this;
    const at = entry.localHeaderOffset;
    if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_HEADER)
      throw new ZipError(`${entry.name}: its zip header is damaged`);
    const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
    if (start + entry.compressedSize > bytes.length)
      throw new ZipError(`${entry.name}: its data runs past the end of the file`);
    if (entry.flags & ENCRYPTED) throw new ZipError(`${entry.name} is encrypted`);
    const data = bytes.subarray(start, start + entry.compressedSize);
    let inflated: Buffer;
    if (entry.method === STORED) inflated = data;
    else if (entry.method === DEFLATED) {
      try {
        // A zero limit is not allowed; an empty entry inflates to nothing either way.
        inflated = inflateRawSync(data, { maxOutputLength: Math.max(entry.size, 1) });
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
          throw new ZipError(
            `${entry.name} inflates to more than the ${bytesText(entry.size)} bytes its zip entry declares`,
          );
        }
        throw new ZipError(`${entry.name}: its compressed data is damaged (${(error as Error).message})`);
      }
    } else throw new ZipError(`${entry.name} uses zip compression method ${entry.method}, not deflate`);
    if (inflated.length !== entry.size) {
      throw new ZipError(
        `${entry.name} holds ${bytesText(inflated.length)} bytes, not the ${bytesText(entry.size)} its zip entry declares`,
      );
    }
    return inflated;
  }
}
