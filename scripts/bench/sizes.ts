/** Raw and gzip sizes of files and buffers (gzip level 9, as a static host would precompress). */
import fs from 'node:fs';
import zlib from 'node:zlib';

export interface Size {
  raw: number;
  gz: number;
}

export const zeroSize: Size = {raw: 0, gz: 0};

export function sizeOfBuffer(data: Buffer | string): Size {
  const buffer = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  return {raw: buffer.length, gz: zlib.gzipSync(buffer, {level: 9}).length};
}

export function sizeOfFile(file: string): Size {
  return sizeOfBuffer(fs.readFileSync(file));
}

export function addSizes(...sizes: Size[]): Size {
  return sizes.reduce((sum, s) => ({raw: sum.raw + s.raw, gz: sum.gz + s.gz}), zeroSize);
}

/** Per-file sizes and their total, each file gzipped on its own (as served). */
export function sizesOfFiles(files: readonly string[]): {files: {file: string; size: Size}[]; total: Size} {
  const list = files.map((file) => ({file, size: sizeOfFile(file)}));
  return {files: list, total: addSizes(...list.map((f) => f.size))};
}
