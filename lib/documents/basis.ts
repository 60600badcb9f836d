// "根据{basis}的规定": the provisions a letter cites, each statute named once —
// 《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项 — never "《条例》《条例》".
import type { DocKind } from './catalog';
import { CITES, type Regime } from './citations';

export function basisFor(kind: Pick<DocKind, 'cite'>, regime: Regime): string {
  const parts: [string, string[]][] = [];
  for (const key of kind.cite ?? []) {
    const c = CITES[regime][key];
    if (!c) continue;
    const last = parts.at(-1);
    if (last && last[0] === c[0]) {
      if (c[1] && !last[1].includes(c[1])) last[1].push(c[1]);
    } else parts.push([c[0], c[1] ? [c[1]] : []]);
  }
  return parts.map(([statute, provisions]) => statute + provisions.join('、')).join('，');
}
