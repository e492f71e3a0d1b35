import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PREVIEW_SIZE } from '../src/domain/preview';

const root = path.resolve(import.meta.dirname, '..');

/** Width and height of a WebP: from the canvas of an extended ('VP8X') file, else from the lossy frame header. */
function readWebpSize(file: Buffer): [number, number] {
  expect(file.subarray(0, 4).toString()).toBe('RIFF');
  expect(file.subarray(8, 12).toString()).toBe('WEBP');
  const chunk = file.subarray(12, 16).toString();
  if (chunk === 'VP8X') return [1 + file.readUIntLE(24, 3), 1 + file.readUIntLE(27, 3)];
  expect(chunk).toBe('VP8 ');
  return [file.readUInt16LE(26) & 0x3fff, file.readUInt16LE(28) & 0x3fff];
}

describe('the picture of the first view (npm run data:preview)', () => {
  it('is served as WebPs of the SVG, whole, a centred quarter and a 1280 × 800 centre, from index.html', () => {
    const webp = fs.readFileSync(path.join(root, 'data', 'previews', 'default.webp'));
    expect(readWebpSize(webp)).toEqual(PREVIEW_SIZE);
    const quarter = fs.readFileSync(path.join(root, 'data', 'previews', 'default-1920.webp'));
    expect(readWebpSize(quarter)).toEqual([PREVIEW_SIZE[0] / 2, PREVIEW_SIZE[1] / 2]);
    expect(readWebpSize(fs.readFileSync(path.join(root, 'data', 'previews', 'default-1280.webp')))).toEqual([1280, 800]);
    const html = fs.readFileSync(path.join(root, 'index.html'), 'utf8');
    expect(html).toContain('srcset="/data/previews/default-1920.webp"');
    // The smaller picture comes first (the first matching <source> wins) and covers the map area beside the 360 px panel.
    expect(html.indexOf('media="(max-width: 1640px) and (max-height: 850px)" srcset="/data/previews/default-1280.webp"')).toBeGreaterThan(0);
    expect(html.indexOf('default-1280.webp')).toBeLessThan(html.indexOf('default-1920.webp'));
    const svg = fs.readFileSync(path.join(root, 'data', 'previews', 'default.svg'), 'utf8');
    expect(svg).toContain(`width="${PREVIEW_SIZE[0]}" height="${PREVIEW_SIZE[1]}"`);
    expect(fs.readFileSync(path.join(root, 'index.html'), 'utf8')).toContain('src="/data/previews/default.webp"');
  });
});

describe("the embed's pictures (data/previews/index.json)", () => {
  const entries = JSON.parse(fs.readFileSync(path.join(root, 'data', 'previews', 'index.json'), 'utf8')) as
    { plan: string; center: number[]; zoom: number; file: string; width: number; height: number; small?: { file: string; width: number; height: number }; isPlanCamera?: boolean }[];

  it('lists a picture of every bundled plan at the camera its manifest gives, and each file exists at its size', () => {
    const plans = fs.readdirSync(path.join(root, 'data', 'plans')).filter((d) => fs.existsSync(path.join(root, 'data', 'plans', d, 'manifest.json')));
    for (const plan of plans) {
      const { camera } = JSON.parse(fs.readFileSync(path.join(root, 'data', 'plans', plan, 'manifest.json'), 'utf8')) as { camera: { center: number[]; zoom: number } };
      expect(entries.find((e) => e.plan === plan && e.isPlanCamera), plan).toMatchObject({ center: camera.center, zoom: camera.zoom });
    }
    for (const entry of entries) {
      expect(readWebpSize(fs.readFileSync(path.join(root, 'data', 'previews', entry.file))), entry.file).toEqual([entry.width, entry.height]);
      expect(entry.small, entry.file).toBeDefined();
      const small = entry.small!;
      expect(readWebpSize(fs.readFileSync(path.join(root, 'data', 'previews', small.file))), small.file).toEqual([small.width, small.height]);
      expect(small.width).toBeLessThan(entry.width);
    }
  });
});

describe('public/embed-previews.js', () => {
  it('holds the same list as data/previews/index.json (both are written by npm run data:preview)', () => {
    const script = fs.readFileSync(path.join(root, 'public', 'embed-previews.js'), 'utf8');
    const list = /self\.planmapPreviews = (.*);\n$/.exec(script)?.[1];
    expect(JSON.parse(list ?? 'null')).toEqual(JSON.parse(fs.readFileSync(path.join(root, 'data', 'previews', 'index.json'), 'utf8')));
  });
});
