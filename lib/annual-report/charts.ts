// Charts for the annual report, drawn as SVG and rendered to PNG on the server (resvg, with the
// system's CJK fonts), so the .docx carries a picture every Word and WPS version shows.
import { Resvg } from '@resvg/resvg-js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const COLORS = ['#2f6fb0', '#e07b39', '#3c9a5f', '#c84b4b', '#7d5ba6', '#8a6d3b', '#4aa3b5', '#999999'];
const FONT = "'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'Microsoft YaHei', sans-serif";

/** Horizontal bars, one per item, with the number and share at the end; items in the order given. */
export function barChartPng(title: string, items: [string, number][]): { png: Uint8Array; width: number; height: number } {
  const width = 640;
  const rowH = 34;
  const top = 48;
  const labelW = 190;
  const height = top + Math.max(items.length, 1) * rowH + 16;
  const max = Math.max(1, ...items.map(([, n]) => n));
  const total = items.reduce((s, [, n]) => s + n, 0);
  const bars = items
    .map(([label, n], i) => {
      const y = top + i * rowH;
      const w = Math.round(((width - labelW - 130) * n) / max);
      const share = total ? `${((n / total) * 100).toFixed(1)}%` : '';
      return `<text x="${labelW - 8}" y="${y + 20}" text-anchor="end" font-size="14">${esc(label)}</text>
<rect x="${labelW}" y="${y + 6}" width="${Math.max(w, n ? 2 : 0)}" height="20" fill="${COLORS[i % COLORS.length]}"/>
<text x="${labelW + w + 6}" y="${y + 21}" font-size="13">${n} 件 ${share}</text>`;
    })
    .join('\n');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="${FONT}">
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="${width / 2}" y="26" text-anchor="middle" font-size="17" font-weight="bold">${esc(title)}</text>
${items.length ? bars : `<text x="${width / 2}" y="${top + 20}" text-anchor="middle" font-size="14">本年度无数据</text>`}
</svg>`;
  const png = new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, font: { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC' } })
    .render()
    .asPng();
  return { png: new Uint8Array(png), width, height };
}
