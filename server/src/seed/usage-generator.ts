/**
 * Deterministic synthetic usage records (benchmarks, demo data): a seeded PRNG, no Math.random, no floats in money.
 *
 * Every customer owns a small stable set of resources (3–8: an ECS in its home region, its disks, a bucket, ...), so
 * records repeat per resource the way a real bill does. Money is built from integers counted in 10^-8 USD (all within
 * Number's safe-integer range, checked) and written as exact 8-decimal strings.
 *
 * `generateUsageRecords` yields rows in the shape of `StagedUsageRecord`; `usageCsvLine` writes one as a CSV line in
 * `STAGING_COLUMNS` order for COPY.
 */
import { createHash } from 'node:crypto';
import { BillingMode, UsageKind } from '../modules/expenditure/expenditure.enums.js';
import { STAGING_COLUMNS } from '../modules/expenditure/usage-ingestion.js';
import type { StagedUsageRecord } from '../modules/expenditure/usage-record.validation.js';

const BEIJING_OFFSET_MS = 8 * 3600_000;
const HOUR = 3600_000;
/** 10^-8 USD per USD. */
const UNIT = 100_000_000;

// ---------------------------------------------------------------------------------------------------------------------
// PRNG

/** sfc32: small, fast, good enough statistically; 32-bit state words from a seed string. */
export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: string | number) {
    const h = createHash('sha256').update(String(seed)).digest();
    this.a = h.readUInt32LE(0);
    this.b = h.readUInt32LE(4);
    this.c = h.readUInt32LE(8);
    this.d = h.readUInt32LE(12) | 1;
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** An integer in [0, n) (n ≤ 2^32; the tiny modulo bias does not matter here). */
  int(n: number): number {
    return this.nextUint32() % n;
  }

  /** An integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  /** An integer in [0, n) for n up to 2^53 (two draws). */
  bigInt(n: number): number {
    const x = this.nextUint32() * 0x200000 + (this.nextUint32() >>> 11); // 53 random bits
    return x % n;
  }

  /** True with probability perMille / 1000. */
  chance(perMille: number): boolean {
    return this.int(1000) < perMille;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /** Picks by integer weights. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.int(total);
    for (const [item, w] of items) {
      if (r < w) return item;
      r -= w;
    }
    return items[items.length - 1][0];
  }

  hex(length: number): string {
    let s = '';
    while (s.length < length) s += this.nextUint32().toString(16).padStart(8, '0');
    return s.slice(0, length);
  }

  /** A version-4-format UUID from the stream (deterministic ids for synthetic base data). */
  uuid(): string {
    const h = this.hex(32).split('');
    h[12] = '4';
    h[16] = '89ab'[parseInt(h[16], 16) & 3];
    const s = h.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// Money as integers of 10^-8 USD

/** Exact 8-decimal text of an integer count of 10^-8 USD. */
export function unitsToMoney(units: number): string {
  if (!Number.isSafeInteger(units)) throw new RangeError(`${units} is not a safe integer amount`);
  const negative = units < 0;
  const abs = negative ? -units : units;
  const whole = Math.floor(abs / UNIT);
  const fraction = abs - whole * UNIT;
  return `${negative && abs !== 0 ? '-' : ''}${whole}.${String(fraction).padStart(8, '0')}`;
}

/** floor(units × basisPoints / 10000) exactly, for any safe units and basis points ≤ 10000. */
function fractionOf(units: number, basisPoints: number): number {
  const high = Math.floor(units / 10_000);
  const low = units - high * 10_000;
  return high * basisPoints + Math.floor((low * basisPoints) / 10_000);
}

/** USD text with up to 8 decimals → integer units (catalogue prices are written as text, never computed as floats). */
function usd(text: string): number {
  const [whole, fraction = ''] = text.split('.');
  return Number(whole) * UNIT + Number(fraction.padEnd(8, '0'));
}

// ---------------------------------------------------------------------------------------------------------------------
// Catalogue

export const USAGE_REGIONS = [
  { name: 'CN South-Guangzhou', code: 'cn-south-1', azs: ['a', 'b', 'c', 'f'], weight: 18 },
  { name: 'CN North-Beijing4', code: 'cn-north-4', azs: ['a', 'b', 'c', 'g'], weight: 22 },
  { name: 'CN East-Shanghai1', code: 'cn-east-3', azs: ['a', 'b', 'c'], weight: 16 },
  { name: 'AP-Singapore', code: 'ap-southeast-3', azs: ['a', 'b', 'c', 'e'], weight: 14 },
  { name: 'AP-Bangkok', code: 'ap-southeast-2', azs: ['a', 'b'], weight: 8 },
  { name: 'LA-Sao Paulo1', code: 'sa-brazil-1', azs: ['a', 'b'], weight: 8 },
  { name: 'AF-Johannesburg', code: 'af-south-1', azs: ['a', 'b'], weight: 6 },
  { name: 'EU-Dublin', code: 'eu-west-101', azs: ['a', 'b', 'c'], weight: 8 },
] as const;

type Region = (typeof USAGE_REGIONS)[number];

/** A specification and its pay-per-use price per usage hour (USD, text); monthly price ≈ 730 h × 0.7. */
type Spec = readonly [name: string, hourly: string];

type ProductDef = {
  product: string;
  resourceType: string;
  idPrefix: string;
  specs: readonly Spec[];
  /** Has availability zones (zonal resources). */
  zonal: boolean;
  /** Weights of pay-per-use / yearly-monthly / reserved instance. */
  modes: readonly [number, number, number];
  marketplace?: boolean;
  weight: number;
};

export const USAGE_PRODUCTS: readonly ProductDef[] = [
  {
    product: 'ECS', resourceType: 'Elastic Cloud Server', idPrefix: 'ecs', zonal: true, modes: [70, 25, 5], weight: 30,
    specs: [['s6.small.1', '0.0142'], ['s6.medium.2', '0.0338'], ['s6.large.2', '0.0676'], ['s6.xlarge.2', '0.1352'], ['c7.large.2', '0.0826'], ['c7.2xlarge.4', '0.4132'], ['m7.xlarge.8', '0.2974'], ['g6.4xlarge.4', '0.9810']],
  },
  {
    product: 'EVS', resourceType: 'Elastic Volume Service', idPrefix: 'evs', zonal: true, modes: [75, 25, 0], weight: 18,
    specs: [['High I/O 40 GB', '0.00433'], ['High I/O 100 GB', '0.01082'], ['Ultra-high I/O 100 GB', '0.02740'], ['Ultra-high I/O 500 GB', '0.13700'], ['General Purpose SSD 200 GB', '0.01918']],
  },
  {
    product: 'OBS', resourceType: 'Object Storage Service', idPrefix: 'obs', zonal: false, modes: [95, 5, 0], weight: 10,
    specs: [['Standard storage', '0.00320'], ['Infrequent Access storage', '0.00180'], ['Archive storage', '0.00060'], ['Internet outbound traffic', '0.01250']],
  },
  {
    product: 'RDS', resourceType: 'Relational Database Service', idPrefix: 'rds', zonal: true, modes: [45, 45, 10], weight: 9,
    specs: [['rds.mysql.n1.large.2', '0.1480'], ['rds.mysql.x1.xlarge.4.ha', '0.5120'], ['rds.pg.n1.2xlarge.4', '0.6040'], ['rds.mssql.se.large.4', '0.7900']],
  },
  {
    product: 'CCE', resourceType: 'Cloud Container Engine', idPrefix: 'cce', zonal: true, modes: [70, 30, 0], weight: 6,
    specs: [['cce.s1.small (50 nodes)', '0.0960'], ['cce.s2.medium (200 nodes)', '0.3420'], ['cce.turbo.large (1000 nodes)', '0.8650']],
  },
  {
    product: 'ELB', resourceType: 'Elastic Load Balance', idPrefix: 'elb', zonal: true, modes: [85, 15, 0], weight: 5,
    specs: [['Shared load balancer', '0.0200'], ['Dedicated L4 small', '0.0420'], ['Dedicated L7 medium', '0.0950']],
  },
  {
    product: 'VPC', resourceType: 'Elastic IP', idPrefix: 'eip', zonal: false, modes: [80, 20, 0], weight: 7,
    specs: [['Dynamic BGP 5 Mbit/s', '0.0280'], ['Dynamic BGP 20 Mbit/s', '0.1080'], ['Static BGP 100 Mbit/s', '0.4600']],
  },
  {
    product: 'DCS', resourceType: 'Distributed Cache Service', idPrefix: 'dcs', zonal: true, modes: [55, 40, 5], weight: 4,
    specs: [['Redis 6.0 master/standby 2 GB', '0.0520'], ['Redis 6.0 cluster 16 GB', '0.3460'], ['Memcached single-node 4 GB', '0.0690']],
  },
  {
    product: 'CDN', resourceType: 'Content Delivery Network', idPrefix: 'cdn', zonal: false, modes: [100, 0, 0], weight: 5,
    specs: [['Traffic chinese mainland', '0.0310'], ['Traffic outside chinese mainland', '0.0650'], ['95th percentile bandwidth', '0.2500']],
  },
  {
    product: 'GaussDB', resourceType: 'GaussDB', idPrefix: 'gaussdb', zonal: true, modes: [40, 50, 10], weight: 3,
    specs: [['gaussdb.opengauss.ee.dn.m6.2xlarge.8', '1.2400'], ['gaussdb.mysql.xlarge.x86.8', '0.6300']],
  },
  {
    product: 'ModelArts', resourceType: 'ModelArts Training', idPrefix: 'modelarts', zonal: true, modes: [90, 10, 0], weight: 2,
    specs: [['modelarts.vm.gpu.t4', '0.8800'], ['modelarts.vm.gpu.v100', '3.2000'], ['modelarts.bm.npu.arm.8snt9b', '9.6000']],
  },
  {
    product: 'KooGallery', resourceType: 'KooGallery Application', idPrefix: 'koo', zonal: false, modes: [30, 70, 0], weight: 1, marketplace: true,
    specs: [['Fortinet FortiGate NGFW (BYOL)', '0.3100'], ['Magento e-commerce stack', '0.0900'], ['Kylin OS commercial licence', '0.0450']],
  },
];

const MODES = [BillingMode.PAY_PER_USE, BillingMode.YEARLY_MONTHLY, BillingMode.RESERVED_INSTANCE] as const;

type Resource = {
  product: string;
  resourceType: string;
  resourceId: string;
  specification: string;
  region: string;
  availabilityZone: string | null;
  billingMode: BillingMode;
  marketplace: boolean;
  /** Per hour of use (pay-per-use) or per month (yearly/monthly), or the upfront (reserved instance), in 10^-8 USD. */
  price: number;
  /** The customer's stable discount on this resource, basis points of list price (0–3000). */
  discountBp: number;
  weight: number;
};

// ---------------------------------------------------------------------------------------------------------------------
// Generation

export type UsageCustomer = {
  id: string;
  /** When the customer's association started: records are generated from this instant on. */
  associationStartedAt: Date;
};

export type UsageGeneratorOptions = {
  customers: readonly UsageCustomer[];
  /** How many records in all. */
  records: number;
  /** Beijing months covered, ending with the month of `now` (default 12). */
  months?: number;
  /** The latest transaction time (default: now); records are never after it. */
  now: Date;
  seed?: string | number;
  /** Prefix of transaction ids (letters, digits, . _ : -); default 'SYN'. */
  idPrefix?: string;
  /** The row_no of the first record (default 1). */
  firstRowNo?: number;
};

/** The Beijing calendar date (YYYY-MM-DD) of an epoch millisecond. */
function beijingDay(ms: number): string {
  return new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant the Beijing month `months` before the month of `at` begins. */
export function beijingMonthStart(at: Date, monthsBack = 0): Date {
  const local = new Date(at.getTime() + BEIJING_OFFSET_MS);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() - monthsBack, 1) - BEIJING_OFFSET_MS);
}

/** The Beijing month and day of an instant, as the staging table wants them. */
export function beijingMonthAndDay(at: Date): { billing_month: string; day: string } {
  const day = beijingDay(at.getTime());
  return { billing_month: `${day.slice(0, 7)}-01`, day };
}

function resourcesOf(customerId: string, seed: string | number): Resource[] {
  const rng = new Prng(`${seed}:resources:${customerId}`);
  const home: Region = rng.weighted(USAGE_REGIONS.map((r) => [r, r.weight] as const));
  const count = rng.between(3, 8);
  const products = USAGE_PRODUCTS.map((p) => [p, p.weight] as const);
  const resources: Resource[] = [];
  for (let i = 0; i < count; i++) {
    // The first resource is always a server: most accounts start with one. Marketplace products stay rare.
    let def = i === 0 ? USAGE_PRODUCTS[0] : rng.weighted(products);
    if (def.marketplace && !rng.chance(300)) def = USAGE_PRODUCTS[1];
    const region = rng.chance(700) ? home : rng.weighted(USAGE_REGIONS.map((r) => [r, r.weight] as const));
    const [specification, hourly] = rng.pick(def.specs);
    const mode = rng.weighted(MODES.map((m, k) => [m, def.modes[k]] as const));
    const hourlyUnits = usd(hourly);
    const price =
      mode === BillingMode.PAY_PER_USE
        ? hourlyUnits
        : mode === BillingMode.YEARLY_MONTHLY
          ? fractionOf(hourlyUnits * 730, 7000) // a month at 70 % of the pay-per-use price
          : fractionOf(hourlyUnits * 8760, 5500); // a year upfront at 55 %
    resources.push({
      product: def.product,
      resourceType: def.resourceType,
      resourceId: `${def.idPrefix}-${rng.hex(8)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(12)}`,
      specification,
      region: region.name,
      availabilityZone: def.zonal ? `${region.code}${rng.pick(region.azs)}` : null,
      billingMode: mode,
      marketplace: def.marketplace ?? false,
      price,
      discountBp: rng.chance(300) ? 0 : rng.between(1, 30) * 100,
      // Pay-per-use resources bill every hour-ish: they make most lines.
      weight: mode === BillingMode.PAY_PER_USE ? 20 : mode === BillingMode.YEARLY_MONTHLY ? 2 : 1,
    });
  }
  return resources;
}

type CustomerPlan = { id: string; from: number; weight: number; resources: Resource[]; totalWeight: number };

/** Records are generated an hour at a time and yielded in time order, the way a billing system sends them. */
const WINDOW = HOUR;

/**
 * Yields `records` records spread over the customers (some bigger than others) and over the months ending with the
 * month of `now` (Beijing time), each after its customer's association started, in transaction time order (as the
 * billing system produces them: hour after hour). Deterministic for the same options: the same seed gives the same
 * records and the same transaction ids (`<prefix>-<seed>-<YYMM>-<index>`, YYMM the Beijing month), so a second load of
 * the same seed in the same window adds nothing (ingestion drops known ids); a later one adds the records whose month
 * moved as new ones, never one id in two months.
 */
export function* generateUsageRecords(options: UsageGeneratorOptions): Generator<StagedUsageRecord> {
  const seed = options.seed ?? 1;
  const months = options.months ?? 12;
  const end = options.now.getTime();
  const rangeStart = beijingMonthStart(options.now, months - 1).getTime();
  const prefix = `${options.idPrefix ?? 'SYN'}-${String(seed).replace(/[^A-Za-z0-9._:-]/g, '_')}`;
  if (prefix.length > 40) throw new RangeError('the transaction id prefix and seed are too long');
  const rng = new Prng(`${seed}:records`);

  const plans: CustomerPlan[] = [];
  for (const customer of options.customers) {
    // A minute after the association started: records resolve their partner at the transaction time.
    const from = Math.max(rangeStart, customer.associationStartedAt.getTime() + 60_000);
    if (from >= end) continue;
    const resources = resourcesOf(customer.id, seed);
    // Customer size: a long tail (a few big spenders, many small ones), stable per customer and seed.
    const size = new Prng(`${seed}:size:${customer.id}`);
    const weight = 1 + (size.chance(50) ? size.between(20, 60) : size.chance(250) ? size.between(4, 12) : size.between(0, 3));
    plans.push({ id: customer.id.toLowerCase(), from, weight, resources, totalWeight: resources.reduce((s, r) => s + r.weight, 0) });
  }
  if (plans.length === 0) {
    if (options.records > 0) throw new Error('no customer has an association within the requested months');
    return;
  }
  // Active customers are a prefix of the plans sorted by start; a window's share of the records is its active weight.
  plans.sort((a, b) => a.from - b.from || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const windows: { start: number; end: number; active: number; cumulative: number }[] = [];
  const cumulativeWeight: number[] = [];
  let weightSum = 0;
  let active = 0;
  let total = 0;
  for (let start = plans[0].from; start < end; start += WINDOW) {
    const windowEnd = Math.min(end + 1, start + WINDOW);
    while (active < plans.length && plans[active].from < windowEnd) {
      weightSum += plans[active].weight;
      cumulativeWeight.push(weightSum);
      active++;
    }
    total += weightSum * (windowEnd - start);
    windows.push({ start, end: windowEnd, active, cumulative: total });
  }

  let n = 0;
  let allocated = 0;
  const firstRow = options.firstRowNo ?? 1;
  for (const window of windows) {
    // Cumulative rounding: the windows' counts add up to exactly `records`.
    const upTo = Math.round((options.records * window.cumulative) / total);
    const count = upTo - allocated;
    allocated = upTo;
    const batch: { at: number; plan: CustomerPlan; resource: Resource }[] = [];
    for (let k = 0; k < count; k++) {
      const target = rng.int(cumulativeWeight[window.active - 1]);
      let lo = 0;
      let hi = window.active - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (cumulativeWeight[mid] > target) hi = mid;
        else lo = mid + 1;
      }
      const plan = plans[lo];
      let r = rng.int(plan.totalWeight);
      let resource = plan.resources[0];
      for (const candidate of plan.resources) {
        if (r < candidate.weight) {
          resource = candidate;
          break;
        }
        r -= candidate.weight;
      }
      const from = Math.max(window.start, plan.from);
      batch.push({ at: from + rng.int(window.end - from), plan, resource });
    }
    batch.sort((a, b) => a.at - b.at);
    for (const { at, plan, resource } of batch) {
      // The Beijing month is part of the id: a run of the same seed later (a moved window) may put record n in another
      // month, and an id must never be stored in two months (the bulk loader does not look for that).
      yield makeRecord(rng, plan, resource, at, firstRow + n, `${prefix}-${beijingDay(at).slice(2, 7).replace('-', '')}-${n.toString(36)}`);
      n++;
    }
  }
}

function makeRecord(rng: Prng, plan: CustomerPlan, resource: Resource, at: number, rowNo: number, transactionId: string): StagedUsageRecord {
  const day = beijingDay(at);
  const roll = rng.int(1000);
  const kind = roll < 20 ? UsageKind.REFUND : roll < 30 ? UsageKind.ADJUSTMENT : UsageKind.EXPENDITURE;

  // What the line would cost: hours of use for pay-per-use, one or twelve months for yearly/monthly, an upfront.
  let list: number;
  if (resource.billingMode === BillingMode.PAY_PER_USE) list = resource.price * rng.between(1, 24);
  else if (resource.billingMode === BillingMode.YEARLY_MONTHLY) list = resource.price * (rng.chance(150) ? 12 : 1);
  else list = resource.price;
  list = Math.max(list, 1);

  let listPrice = 0;
  let discount = 0;
  let amountDue: number;
  if (kind === UsageKind.ADJUSTMENT) {
    // A correction of part of a line, either way, paid in cash (sometimes partly with a coupon).
    amountDue = Math.max(1, fractionOf(list, rng.between(100, 5000)));
    if (rng.chance(400)) amountDue = -amountDue;
  } else {
    listPrice = list;
    discount = fractionOf(list, resource.discountBp);
    amountDue = listPrice - discount;
    if (kind === UsageKind.REFUND) {
      // A partial or full refund of such a line: every part negative, something returned.
      const share = rng.chance(500) ? 10_000 : rng.between(500, 9999);
      listPrice = fractionOf(listPrice, share);
      discount = fractionOf(discount, share);
      amountDue = listPrice - discount;
      if (amountDue === 0) {
        listPrice += 1;
        amountDue = 1;
      }
      listPrice = -listPrice;
      discount = -discount;
      amountDue = -amountDue;
    }
  }
  // Coupons pay part (or all) of some lines; never more than the amount due.
  let coupon = 0;
  if (amountDue !== 0 && rng.chance(kind === UsageKind.ADJUSTMENT ? 100 : 120)) {
    coupon = rng.chance(250) ? amountDue : fractionOf(Math.abs(amountDue), rng.between(100, 9999)) * Math.sign(amountDue);
  }
  const cash = amountDue - coupon;

  return {
    row_no: rowNo,
    transaction_id: transactionId,
    customer_id: plan.id,
    kind,
    transacted_at: new Date(at).toISOString(),
    billing_month: `${day.slice(0, 7)}-01`,
    day,
    product: resource.product,
    resource_type: resource.resourceType,
    resource_id: resource.resourceId,
    specification: resource.specification,
    region: resource.region,
    availability_zone: resource.availabilityZone,
    billing_mode: resource.billingMode,
    marketplace: resource.marketplace,
    list_price: unitsToMoney(listPrice),
    discount: unitsToMoney(discount),
    amount_due: unitsToMoney(amountDue),
    cash: unitsToMoney(cash),
    coupon: unitsToMoney(coupon),
    monthly_settlement: '0.00000000',
  };
}

// ---------------------------------------------------------------------------------------------------------------------
// CSV for COPY

const NEEDS_QUOTES = /[",\r\n\\]|^\s|\s$/;

/** One CSV field for PostgreSQL COPY (format csv): null → empty, the empty string → "", quotes doubled. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'boolean' ? (value ? 't' : 'f') : String(value);
  if (s === '') return '""';
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One record as a CSV line (with the newline) in `STAGING_COLUMNS` order. */
export function usageCsvLine(record: StagedUsageRecord): string {
  let line = '';
  for (let i = 0; i < STAGING_COLUMNS.length; i++) {
    if (i > 0) line += ',';
    line += csvField(record[STAGING_COLUMNS[i]]);
  }
  return `${line}\n`;
}
