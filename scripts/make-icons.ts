import { mkdir, writeFile } from 'node:fs/promises';
import { crc32, deflateSync } from 'node:zlib';

/**
 * Draws Sync Lens's icon (a magnifying lens over two category rows, on a blue tile) into the PNG sizes the
 * browsers and stores ask for, with nothing but Node: shapes are tested per sub-pixel for smooth edges, then
 * written as RGBA PNGs. `node scripts/make-icons.ts` rewrites public/icon/*.png; WXT puts them in the manifest.
 */

const SIZES = [16, 32, 48, 128] as const;
const OUT_DIR = 'public/icon';
/** Sub-samples per pixel side: 8×8 gives clean edges even at 16 px. */
const SAMPLES = 8;

type Rgba = [number, number, number, number];

const TILE_TOP: Rgba = [52, 104, 235, 255];
const TILE_BOTTOM: Rgba = [26, 66, 186, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const GLASS: Rgba = [255, 255, 255, 70];
const ROW: Rgba = [255, 255, 255, 230];

/** Shapes in a unit square (0..1 both ways, y down). */
function inRoundedSquare(x: number, y: number, inset: number, radius: number): boolean {
  const lo = inset;
  const hi = 1 - inset;
  if (x < lo || x > hi || y < lo || y > hi) return false;
  const cx = Math.min(Math.max(x, lo + radius), hi - radius);
  const cy = Math.min(Math.max(y, lo + radius), hi - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function distanceToSegment(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

const LENS = { x: 0.43, y: 0.43, r: 0.235, stroke: 0.075 };

/** The colour of one point of the icon, or null where it is transparent; later layers paint over earlier ones. */
function paint(x: number, y: number, size: number): Rgba | null {
  if (!inRoundedSquare(x, y, 0.03, 0.22)) return null;
  const t = y;
  let color: Rgba = TILE_TOP.map((top, i) => Math.round(top + (TILE_BOTTOM[i]! - top) * t)) as Rgba;

  const fromCentre = Math.hypot(x - LENS.x, y - LENS.y);
  if (fromCentre < LENS.r - LENS.stroke / 2) {
    color = blend(color, GLASS);
    // Two category rows inside the glass, from 32 px up: at 16 px they would only blur the lens.
    if (size >= 32) {
      const rowHalf = 0.03;
      for (const [rowY, length] of [
        [LENS.y - 0.055, 0.2],
        [LENS.y + 0.055, 0.13],
      ] as const) {
        if (distanceToSegment(x, y, LENS.x - 0.1, rowY, LENS.x - 0.1 + length, rowY) <= rowHalf)
          color = blend(color, ROW);
      }
    }
  }
  if (Math.abs(fromCentre - LENS.r) <= LENS.stroke / 2) color = WHITE;
  // The handle, from the rim outwards at 45°.
  const start = LENS.r + LENS.stroke / 2 - 0.01;
  const ax = LENS.x + start * Math.SQRT1_2;
  const ay = LENS.y + start * Math.SQRT1_2;
  if (distanceToSegment(x, y, ax, ay, 0.77, 0.77) <= 0.06) color = WHITE;
  return color;
}

function blend(under: Rgba, over: Rgba): Rgba {
  const a = over[3] / 255;
  return [
    Math.round(over[0] * a + under[0] * (1 - a)),
    Math.round(over[1] * a + under[1] * (1 - a)),
    Math.round(over[2] * a + under[2] * (1 - a)),
    Math.max(under[3], over[3]),
  ];
}

/** Averages the sub-samples of every pixel (premultiplied, so edges do not darken). */
function render(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const color = paint((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size, size);
          if (!color) continue;
          const alpha = color[3] / 255;
          r += color[0] * alpha;
          g += color[1] * alpha;
          b += color[2] * alpha;
          a += alpha;
        }
      }
      const at = (py * size + px) * 4;
      const n = SAMPLES * SAMPLES;
      pixels[at] = a === 0 ? 0 : Math.round(r / a);
      pixels[at + 1] = a === 0 ? 0 : Math.round(g / a);
      pixels[at + 2] = a === 0 ? 0 : Math.round(b / a);
      pixels[at + 3] = Math.round((a / n) * 255);
    }
  }
  return pixels;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** An 8-bit RGBA PNG, every row with filter 0. */
export function encodePng(size: number, pixels: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0;
    Buffer.from(pixels.buffer, y * size * 4, size * 4).copy(rows, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

await mkdir(OUT_DIR, { recursive: true });
for (const size of SIZES) {
  await writeFile(`${OUT_DIR}/${size}.png`, encodePng(size, render(size)));
  console.log(`${OUT_DIR}/${size}.png`);
}
