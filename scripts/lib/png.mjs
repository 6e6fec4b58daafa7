// A tiny PNG writer for the demo's profile pictures: a round badge in one
// colour with a lighter ring, so the seeded accounts show pictures without
// shipping image files or an image library. RGBA, no filtering (RFC 2083).
import { crc32, deflateSync } from "node:zlib";

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, sum]);
}

/** A size×size PNG of a disc in `rgb` ([r, g, b]), transparent around it. */
export function badgePng(rgb, size = 96) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter, no interlace

  const rows = Buffer.alloc(size * (1 + size * 4));
  const centre = (size - 1) / 2;
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * 4); // each row starts with filter type 0
    for (let x = 0; x < size; x++) {
      const r = Math.hypot(x - centre, y - centre) / (size / 2);
      if (r > 1) continue;
      const light = r > 0.55 && r < 0.7 ? 60 : 0;
      const at = row + 1 + x * 4;
      rows.set(
        rgb.map((c) => Math.min(255, c + light)),
        at,
      );
      rows[at + 3] = 255;
    }
  }
  return Buffer.concat([
    SIGNATURE,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
