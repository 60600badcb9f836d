// Fills the benchmark database with synthetic cases by COPY: spread over ten years, every channel,
// applicant kind and disposition, extensions, consultation pauses on open cases, reviews and suits.
// Agency 1 is one large office (a fifth of all cases); the rest belong to 99 smaller offices.
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const GIVEN = [...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉建国建华志强国庆丰宏海波文博晓东'];
const PLACES = ['东城区', '西湖镇', '高新区', '临港新区', '北山村', '南湖街道', '滨江区', '青石镇', '红星村', '经开区'];
const THINGS = [
  '集体土地征收补偿安置方案',
  '建设用地批复文件',
  '采矿权出让合同',
  '土地供应计划',
  '征地告知书及听证材料',
  '国有土地使用权出让公告',
  '地质灾害防治规划',
  '不动产登记资料查询结果',
  '财政资金使用明细',
  '违法用地查处决定书',
  '耕地占补平衡验收材料',
  '矿产资源储量评审意见',
];
const CHANNELS = ['letter', 'letter', 'letter', 'letter', 'in_person', 'online', 'email', 'fax'];
const KINDS = ['natural', 'natural', 'natural', 'natural', 'commercial', 'research', 'nonprofit', 'legal', 'other'];
const DISPOSITIONS = [
  'published',
  'granted',
  'granted',
  'granted',
  'partial',
  'deny_state_secret',
  'deny_law',
  'deny_security',
  'deny_trade_secret',
  'deny_privacy',
  'deny_internal',
  'deny_process',
  'deny_enforcement',
  'deny_not_gov_info',
  'other_procedure',
  'not_held',
  'not_held',
  'not_held',
  'not_this_agency',
  'needs_creation',
  'unclear_after_correction',
  'petition',
  'duplicate',
  'publication',
  'mass',
  'confirmation',
  'abandoned_no_correction',
  'abandoned_no_fee',
  'other',
];
const OUTCOMES = ['upheld', 'upheld', 'upheld', 'upheld', 'corrected', 'other', 'pending'];

/** A small deterministic PRNG (mulberry32): the same N gives the same data. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(r: () => number, xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
const esc = (v: unknown) =>
  v === null || v === undefined ? '\\N' : String(v).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n');

export const CASE_COLUMNS = [
  'id',
  'agency_id',
  'tracking_no',
  'year',
  'channel',
  'received_on',
  'regime',
  'applicant_kind',
  'applicant_name',
  'id_number',
  'phone',
  'description',
  'topic',
  'status',
  'pending_review',
  'assignee_id',
  'due_on',
  'base_due_on',
  'extension_days',
  'disposition_code',
  'delivered_on',
  'closed_on',
  'fee_yuan',
  'fee_paid_on',
  'version',
  'updated_at',
];

export interface FillOptions {
  cases: number;
  agencies: number;
  lastYear: number;
  clerkIds: number[];
  today: string;
}

export async function fill(url: string, o: FillOptions): Promise<{ cases: number; events: number; appeals: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const r = rng(42);
  const seqByAgencyYear = new Map<string, number>();
  const caseLines: string[] = [];
  const eventLines: string[] = [];
  const appealLines: string[] = [];
  const today = new Date(o.today + 'T00:00:00Z');
  const firstYear = o.lastYear - 9;
  const copy = async (sql: string, lines: string[]) => {
    const stream = client.query(copyFrom(sql));
    await pipeline(
      Readable.from(
        (function* () {
          for (let i = 0; i < lines.length; i += 5000) yield lines.slice(i, i + 5000).join('\n') + '\n';
        })(),
      ),
      stream,
    );
  };
  // Written in batches, so 5,000,000 cases never sit in memory at once.
  const totals = { cases: 0, events: 0, appeals: 0 };
  const flush = async () => {
    await copy(`COPY "disclosure_case" (${CASE_COLUMNS.map((c) => `"${c}"`).join(', ')}) FROM STDIN`, caseLines);
    await copy('COPY "case_event" ("case_id", "type", "on", "data") FROM STDIN', eventLines);
    await copy('COPY "appeal" ("agency_id", "case_id", "kind", "after_review", "filed_on", "outcome") FROM STDIN', appealLines);
    totals.cases += caseLines.length;
    totals.events += eventLines.length;
    totals.appeals += appealLines.length;
    caseLines.length = eventLines.length = appealLines.length = 0;
  };
  for (let id = 1; id <= o.cases; id++) {
    if (caseLines.length >= 200_000) await flush();
    const agency = o.agencies === 1 || r() < 0.2 ? 1 : 2 + Math.floor(r() * (o.agencies - 1));
    const year = firstYear + Math.floor(r() * 10);
    let received = addDays(new Date(Date.UTC(year, 0, 2)), Math.floor(r() * 360));
    if (received > today) received = addDays(today, -Math.floor(r() * 30));
    const ry = received.getUTCFullYear();
    const key = `${agency}:${ry}`;
    const seq = (seqByAgencyYear.get(key) ?? 0) + 1;
    seqByAgencyYear.set(key, seq);
    const regime = iso(received) < '2019-05-15' ? '2007' : '2019';
    const base = addDays(received, regime === '2007' ? 21 : 28);
    const extended = r() < 0.03;
    const open = addDays(received, 60) > today && r() < 0.7;
    const delivered = open ? null : addDays(received, extended ? 35 + Math.floor(r() * 10) : 3 + Math.floor(r() * 24));
    const disposition = open ? null : pick(r, DISPOSITIONS);
    const name = pick(r, SURNAMES) + pick(r, GIVEN) + (r() < 0.5 ? pick(r, GIVEN) : '');
    const thing = pick(r, THINGS);
    const place = pick(r, PLACES);
    const status = open ? pick(r, ['open', 'open', 'open', 'consulting', 'correction', 'review', 'approved']) : 'closed';
    const assignee = agency === 1 ? o.clerkIds[id % o.clerkIds.length] : null;
    const fee = !open && r() < 0.01 ? 100 : null;
    caseLines.push(
      [
        id,
        agency,
        `${ry}-${String(seq).padStart(4, '0')}`,
        ry,
        pick(r, CHANNELS),
        iso(received),
        regime,
        pick(r, KINDS),
        name,
        `1101011990${String(id).padStart(8, '0')}`,
        `138${String(id).padStart(8, '0')}`,
        `请求公开${place}${ry - 1}年度${thing}（第${seq}号）`,
        thing.slice(0, 2),
        status,
        status === 'review',
        assignee,
        open ? iso(extended ? addDays(base, 28) : base) : null,
        iso(base),
        extended ? (regime === '2007' ? 15 : 20) : 0,
        disposition,
        delivered ? iso(delivered) : null,
        delivered ? iso(delivered) : null,
        fee,
        fee && delivered ? iso(delivered) : null,
        1,
        new Date().toISOString(),
      ]
        .map(esc)
        .join('\t'),
    );
    if (open) {
      // Open cases carry a real timeline, with consultation pauses and extensions.
      eventLines.push([id, 'registered', iso(received), '{}'].map(esc).join('\t'));
      if (status === 'consulting' || r() < 0.2)
        eventLines.push(
          [id, 'consultation_sent', iso(addDays(received, 3)), JSON.stringify({ party: '某公司', partyKind: 'third_party' })]
            .map(esc)
            .join('\t'),
        );
      if (status !== 'consulting' && eventLines.at(-1)!.includes('consultation_sent'))
        eventLines.push([id, 'consultation_answered', iso(addDays(received, 9)), '{"objection":false}'].map(esc).join('\t'));
    } else {
      const review = r() < 0.05 ? iso(addDays(delivered!, 20)) : null;
      const suit = r() < 0.06 ? iso(addDays(delivered!, 40)) : null;
      const data = {
        extended,
        deliveredOn: iso(delivered!),
        disposition,
        feeYuan: fee ?? 0,
        reviewFiledOn: review,
        reviewOutcome: review ? pick(r, OUTCOMES) : null,
        suitFiledOn: suit,
        suitAfterReview: !!(suit && review),
        suitOutcome: suit ? pick(r, OUTCOMES) : null,
      };
      eventLines.push([id, 'imported', iso(received), JSON.stringify(data)].map(esc).join('\t'));
      if (review) appealLines.push([agency, id, 'review', false, review, data.reviewOutcome].map(esc).join('\t'));
      if (suit) appealLines.push([agency, id, 'suit', data.suitAfterReview, suit, data.suitOutcome].map(esc).join('\t'));
    }
  }
  await flush();
  await client.query(`SELECT setval(pg_get_serial_sequence('disclosure_case', 'id'), ${o.cases})`);
  for (const [key, last] of seqByAgencyYear) {
    const [agency, year] = key.split(':').map(Number);
    await client.query(
      "INSERT INTO tracking_counter (agency_id, year, series, last) VALUES ($1, $2, '', $3) ON CONFLICT (agency_id, year, series) DO UPDATE SET last = EXCLUDED.last",
      [agency, year, last],
    );
  }
  await client.end();
  return totals;
}
